package org.bashke.dialogue.process;

import java.time.LocalTime;
import java.time.ZoneId;
import org.bashke.portal.PublicRecordChanged;

/** What the portal's one search knows of a dialogue process (every process is public from the start). */
public final class ProcessSearchRecord {

    private ProcessSearchRecord() {
    }

    public static PublicRecordChanged of(DialogueProcess p) {
        return PublicRecordChanged.published("dialogue", "process", p.getId(), p.getTitle(), p.getSummary(),
                "/dialogue/" + p.getId(), p.getHubCode(),
                p.getStartedOn().atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Belgrade")).toInstant());
    }
}

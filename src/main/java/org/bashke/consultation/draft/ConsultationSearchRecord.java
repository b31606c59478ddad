package org.bashke.consultation.draft;

import java.time.LocalTime;
import java.time.ZoneId;
import org.bashke.portal.PublicRecordChanged;

/** What the portal's one search knows of a consultation once it is public (opened, report published). */
public final class ConsultationSearchRecord {

    private ConsultationSearchRecord() {
    }

    public static PublicRecordChanged of(Consultation c) {
        return PublicRecordChanged.published("consultation", "consultation", c.getId(), c.getTitle(), c.getSummary(),
                "/consultations/" + c.getId(), null,
                c.getOpensOn().atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Belgrade")).toInstant());
    }
}

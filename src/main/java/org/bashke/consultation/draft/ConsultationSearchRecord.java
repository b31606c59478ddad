package org.bashke.consultation.draft;

import java.time.LocalTime;
import java.time.ZoneId;
import org.bashke.portal.PublicRecordChanged;

/** What the portal's one search knows of a consultation once it is public (opened, report published). */
public final class ConsultationSearchRecord {

    private ConsultationSearchRecord() {
    }

    /** @param hubCode the hub of a municipality's consultation ({@link ConsultationHubs}), null for a national one */
    public static PublicRecordChanged of(Consultation c, String hubCode) {
        return PublicRecordChanged.published("consultation", "consultation", c.getId(), c.getTitle(), c.getSummary(),
                "/consultations/" + c.getId(), hubCode,
                c.getOpensOn().atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Belgrade")).toInstant());
    }
}

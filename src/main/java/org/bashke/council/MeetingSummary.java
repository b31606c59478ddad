package org.bashke.council;

import java.time.OffsetDateTime;
import org.bashke.shared.text.LocalizedText;

/**
 * A meeting as other modules see it.
 *
 * @param status PLANNED, CONVENED, HELD, CANCELLED or POSTPONED
 * @param place  where, or null when online only
 * @param municipalityCode the directory code of the venue's municipality, or null (the fund computes travel from it)
 */
public record MeetingSummary(long id, long bodyId, LocalizedText title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             String place, String municipalityCode, String status, String url) {
}

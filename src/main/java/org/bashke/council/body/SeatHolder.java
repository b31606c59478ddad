package org.bashke.council.body;

import java.time.LocalDate;

/**
 * Who holds a seat on a day.
 *
 * @param organisationId       the directory organisation the seat is held for (a ministry, a CSO), or null
 * @param substituteAccountId  the person who may sit in their place, or null
 * @param office               CHAIR, CO_CHAIR, DEPUTY_CHAIR, COORDINATOR — or null
 */
public record SeatHolder(long seatId, long termId, Side side, long accountId, Long organisationId,
                         Long substituteAccountId, String office, LocalDate since) {
}

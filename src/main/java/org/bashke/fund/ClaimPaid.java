package org.bashke.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The bank confirmed a claim's payment; the public list of what was paid to whom now includes it. */
public record ClaimPaid(long claimId, long organisationId, long bodyId, long meetingId, BigDecimal amount, LocalDate paidOn) {
}

package org.bashke.fund;

import java.math.BigDecimal;

/** The fund approved a claim for an organisation's attendance at a meeting (reporting counts commitments from it). */
public record ClaimApproved(long claimId, long organisationId, long meetingId, BigDecimal amount) {
}

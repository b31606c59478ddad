package org.bashke.identity.affiliation;

import java.time.Instant;

/** An affiliation as the audit log keeps it. */
record AffiliationSnapshot(Long id, Long accountId, Long organisationId, String position, AffiliationStatus status,
                           Instant requestedAt, String decidedBy, Instant decidedAt, String note) {

    static AffiliationSnapshot of(Affiliation a) {
        return new AffiliationSnapshot(a.getId(), a.getAccountId(), a.getOrganisationId(), a.getPosition(), a.getStatus(),
                a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getNote());
    }
}

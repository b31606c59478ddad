package org.bashke.identity.affiliation;

import java.time.Instant;
import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member asks to be shown as linked to an organisation; the secretariat will decide. */
@Service
public class ClaimAffiliation {

    private final AffiliationRepository affiliations;
    private final Directory directory;
    private final AuditLog audit;

    ClaimAffiliation(AffiliationRepository affiliations, Directory directory, AuditLog audit) {
        this.affiliations = affiliations;
        this.directory = directory;
        this.audit = audit;
    }

    /** @throws AffiliationRefused for an unknown or archived organisation, or one already claimed or verified */
    @Transactional
    public Affiliation claim(long accountId, Long organisationId, String position) {
        if (organisationId == null) {
            throw new AffiliationRefused("organisationId", "identity.affiliation.claim.organisation.missing");
        }
        if (directory.organisation(organisationId).filter(o -> !o.archived()).isEmpty()) {
            throw new AffiliationRefused("organisationId", "identity.affiliation.claim.organisation.unknown");
        }
        if (affiliations.existsByAccountIdAndOrganisationIdAndStatusIn(accountId, organisationId,
                List.of(AffiliationStatus.CLAIMED, AffiliationStatus.VERIFIED))) {
            throw new AffiliationRefused("organisationId", "identity.affiliation.claim.duplicate");
        }
        Affiliation saved = affiliations.saveAndFlush(Affiliation.claim(accountId, organisationId, position, Instant.now()));
        audit.record("identity.affiliation.claimed", "affiliation", saved.getId(), null, AffiliationSnapshot.of(saved));
        return saved;
    }
}

package org.bashke.identity.affiliation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.Actor;
import org.bashke.identity.roles.GrantRole;
import org.bashke.identity.roles.RoleGrantPolicy;
import org.bashke.identity.roles.ScopeFacts;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat verifies or rejects a claimed link; the person hears of it by mail in their language.
 * Verifying a CSO link may make the person its representative in the same step.
 */
@Service
public class DecideAffiliation {

    private final AffiliationRepository affiliations;
    private final AccountRepository accounts;
    private final Directory directory;
    private final GrantRole grantRole;
    private final Mailer mailer;
    private final AuditLog audit;
    private final String baseUrl;

    DecideAffiliation(AffiliationRepository affiliations, AccountRepository accounts, Directory directory, GrantRole grantRole,
                      Mailer mailer, AuditLog audit, @Value("${bashke.base-url}") String baseUrl) {
        this.affiliations = affiliations;
        this.accounts = accounts;
        this.directory = directory;
        this.grantRole = grantRole;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    /**
     * @param grantRepresentative also grant CSO_REPRESENTATIVE for the organisation (only for a CSO)
     * @throws AffiliationRefused when it was decided already, or a representative is asked for a non-CSO
     */
    @Transactional
    public Affiliation verify(Actor actor, long affiliationId, boolean grantRepresentative) {
        Affiliation affiliation = pending(affiliationId);
        OrganisationSummary organisation = directory.organisation(affiliation.getOrganisationId()).orElse(null);
        if (grantRepresentative) {
            ScopeFacts scope = ScopeFacts.organisation(affiliation.getOrganisationId(), organisation == null ? null : organisation.type());
            RoleGrantPolicy.scopeRefusal(Role.CSO_REPRESENTATIVE, scope).ifPresent(r -> {
                throw new AffiliationRefused("grantRepresentative", r.key());
            });
        }
        AffiliationSnapshot before = AffiliationSnapshot.of(affiliation);
        affiliation.verify(actor.name(), null, Instant.now());
        affiliations.saveAndFlush(affiliation);
        audit.record("identity.affiliation.verified", "affiliation", affiliationId, before, AffiliationSnapshot.of(affiliation));
        if (grantRepresentative) {
            grantRole.grantDecided(actor.name(), actor.name(), affiliation.getAccountId(), Role.CSO_REPRESENTATIVE,
                    affiliation.getOrganisationId());
        }
        notifyPerson(affiliation, organisation, "identity-admin/affiliation-verified");
        return affiliation;
    }

    /** @throws AffiliationRefused when it was decided already or no reason is given */
    @Transactional
    public Affiliation reject(Actor actor, long affiliationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AffiliationRefused("reason", "identity.affiliation.reject.reason.missing");
        }
        Affiliation affiliation = pending(affiliationId);
        AffiliationSnapshot before = AffiliationSnapshot.of(affiliation);
        affiliation.reject(actor.name(), reason, Instant.now());
        affiliations.saveAndFlush(affiliation);
        audit.record("identity.affiliation.rejected", "affiliation", affiliationId, before, AffiliationSnapshot.of(affiliation));
        notifyPerson(affiliation, directory.organisation(affiliation.getOrganisationId()).orElse(null),
                "identity-admin/affiliation-rejected");
        return affiliation;
    }

    private Affiliation pending(long affiliationId) {
        Affiliation affiliation = affiliations.findById(affiliationId)
                .orElseThrow(() -> new NotFoundException("affiliation", affiliationId));
        if (!affiliation.isPending()) {
            throw new AffiliationRefused("id", "identity.affiliation.decide.already");
        }
        return affiliation;
    }

    private void notifyPerson(Affiliation affiliation, OrganisationSummary organisation, String template) {
        Account person = accounts.findById(affiliation.getAccountId()).orElse(null);
        if (person == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(person.getLanguageTag());
        String organisationName = organisation == null ? "#" + affiliation.getOrganisationId() : organisation.name().display(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.getDisplayName());
        model.put("organisation", organisationName);
        model.put("reason", affiliation.getNote() == null ? "" : affiliation.getNote());
        model.put("link", baseUrl + "/account/organisations");
        model.put("subjectArgs", new Object[] {organisationName});
        mailer.send(person.getEmail(), locale, template, model);
    }
}

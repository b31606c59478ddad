package org.bashke.identity.people;

import java.time.Instant;
import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * So that a newcomer sees the public list of people and the secretariat's queue with something in
 * them: the demo officer and CSO representative get a public profile and a verified link with the
 * organisation they act for, and the demo member a claim waiting for the secretariat. Runs after the
 * demo accounts (order 100); does nothing once any demo account has a link.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

    private static final String DEMO_DOMAIN = "@bashke.demo";

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;
    private final AffiliationRepository affiliations;
    private final Directory directory;
    private final AuditLog audit;

    PeopleDemoData(AccountRepository accounts, RoleAssignmentRepository roles, AffiliationRepository affiliations,
                   Directory directory, AuditLog audit) {
        this.accounts = accounts;
        this.roles = roles;
        this.affiliations = affiliations;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Account> demo = accounts.findAll().stream().filter(a -> a.getEmail().endsWith(DEMO_DOMAIN)).toList();
        if (demo.isEmpty() || demo.stream().anyMatch(a -> !affiliations.findByAccountIdOrderByRequestedAtDesc(a.getId()).isEmpty())) {
            return;
        }
        Instant now = Instant.now();
        for (Account account : demo) {
            for (RoleAssignment role : roles.findByAccountIdAndRevokedAtIsNull(account.getId())) {
                if (role.getRole() == Role.GOVERNMENT_OFFICER || role.getRole() == Role.CSO_REPRESENTATIVE) {
                    account.updateProfile(account.getDisplayName(), true, account.getPublicBio(), account.getPhone(), now);
                    audit.recordAs("demo", "identity.account.profile-published", "account", account.getId(), null,
                            java.util.Map.of("publicProfile", true));
                    Affiliation link = Affiliation.claim(account.getId(), role.getScopeId(), null, now);
                    link.verify("demo", null, now);
                    record(affiliations.save(link));
                }
            }
        }
        demo.stream().filter(a -> roles.findByAccountIdAndRevokedAtIsNull(a.getId()).isEmpty()).findFirst().ifPresent(member ->
                directory.findOrganisations("Instituti për Politika Publike", OrganisationType.CSO, 1).stream().findFirst().ifPresent(cso ->
                        record(affiliations.save(Affiliation.claim(member.getId(), cso.id(), null, now)))));
    }

    private void record(Affiliation a) {
        audit.recordAs("demo", "identity.affiliation." + a.getStatus().name().toLowerCase(java.util.Locale.ROOT), "affiliation",
                a.getId(), null, java.util.Map.of("accountId", a.getAccountId(), "organisationId", a.getOrganisationId(),
                        "status", a.getStatus().name()));
    }
}

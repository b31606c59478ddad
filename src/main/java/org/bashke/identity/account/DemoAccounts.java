package org.bashke.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account per role, so a newcomer can try every part of the site (README lists them). Created
 * once, after the directory's demo data (order 50), whose organisations and hubs scope the roles.
 * The accounts whose role requires two-step login get fixed, published TOTP keys: demo only.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "bashke-demo-2026";
    static final String ADMIN = "admin@bashke.demo";

    /** Published in the README: add them to an authenticator app to log in as these accounts. */
    static final Map<String, String> TOTP_SECRETS = Map.of(
            "admin@bashke.demo", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "sekretariati@bashke.demo", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "zyra@bashke.demo", "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder encoder;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, RoleAssignmentRepository roles, PasswordEncoder encoder, Directory directory,
                 AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    private record Demo(String email, String name, String language, Role role, Optional<Long> scope, boolean scopeMissing) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.emailTaken(ADMIN)) {
            return;
        }
        Instant now = clock.instant();
        // one hash for all: the same password, and seven slow hashes would only slow the start
        String hash = encoder.encode(PASSWORD);
        Optional<Long> office = organisation("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION);
        Optional<Long> cso = organisation("Qendra për Iniciativa Qytetare", OrganisationType.CSO);
        Optional<Long> prizren = directory.hub("PRZ").map(HubSummary::id);
        List<Demo> demos = List.of(
                new Demo(ADMIN, "Administratori Demo", "sq", Role.ADMIN, Optional.empty(), false),
                new Demo("sekretariati@bashke.demo", "Sekretariati CiviKos", "sq", Role.SECRETARIAT, Optional.empty(), false),
                new Demo("zyra@bashke.demo", "Zyrtari i ZQM-së", "sq", Role.GOVERNMENT_OFFICER, office, office.isEmpty()),
                new Demo("qendra.prizren@bashke.demo", "Koordinatorja e Qendrës Prizren", "sq", Role.HUB_COORDINATOR, prizren, prizren.isEmpty()),
                new Demo("oshc@bashke.demo", "Përfaqësuesi i OSHC-së", "sq", Role.CSO_REPRESENTATIVE, cso, cso.isEmpty()),
                new Demo("keshilli@bashke.demo", "Anëtarja e Këshillit", "sr-Latn", Role.COUNCIL_MEMBER, Optional.empty(), false),
                new Demo("anetar@bashke.demo", "Anëtar Demo", "en", Role.MEMBER, Optional.empty(), false));
        for (Demo demo : demos) {
            Account account = Account.invited(demo.email(), demo.name(), hash, demo.language(), now);
            String secret = TOTP_SECRETS.get(demo.email());
            if (secret != null) {
                account.enableTotp(secret, now);
            }
            account = accounts.save(account);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("email", account.getEmail());
            after.put("displayName", account.getDisplayName());
            after.put("status", account.getStatus().name());
            after.put("twoFactor", account.hasTotp());
            audit.recordAs("demo", "identity.account.created", "account", account.getId(), null, after);
            if (demo.role() == Role.MEMBER) {
                continue;
            }
            if (demo.scopeMissing()) {
                log.warn("Demo account {} gets no {} role: its organisation or hub is not in the directory", demo.email(), demo.role());
                continue;
            }
            RoleAssignment assignment = roles.save(new RoleAssignment(account.getId(), demo.role(), demo.scope().orElse(null), "demo", now));
            Map<String, Object> granted = new LinkedHashMap<>();
            granted.put("accountId", account.getId());
            granted.put("role", demo.role().name());
            granted.put("scopeId", demo.scope().orElse(null));
            audit.recordAs("demo", "identity.role.granted", "role-assignment", assignment.getId(), null, granted);
        }
        log.info("Demo accounts created; password for all: {}", PASSWORD);
    }

    private Optional<Long> organisation(String name, OrganisationType type) {
        return directory.findOrganisations(name, type, 5).stream()
                .filter(o -> name.equalsIgnoreCase(o.name().display(java.util.Locale.forLanguageTag("sq"))))
                .map(OrganisationSummary::id)
                .findFirst()
                .or(() -> directory.findOrganisations(name, type, 1).stream().map(OrganisationSummary::id).findFirst());
    }
}

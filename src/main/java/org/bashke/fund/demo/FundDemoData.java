package org.bashke.fund.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.BodyKind;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.payment.BankAccount;
import org.bashke.fund.payment.BankAccounts;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.RulesInSearch;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo fund for this year: published rules, a budget line, a few distances to Prishtinë (marked as approximate demo
 * figures for the secretariat to confirm: production starts with an empty table), and the demo CSO found eligible
 * with a bank account, so its representative can claim for the Council meetings its people attended.
 */
@Component
@Order(400)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class FundDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundDemoData.class);
    private static final String ACTOR = "system:fund";
    static final String DEMO_SOURCE = "Vlerë demonstruese e përafërt (rrugë kryesore); sekretariati e konfirmon";
    static final String CSO = "Qendra për Iniciativa Qytetare";

    private final RulesVersions rules;
    private final BudgetLines budget;
    private final DistanceTable distances;
    private final Eligibilities eligibilities;
    private final BankAccounts banks;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RulesInSearch search;

    FundDemoData(RulesInSearch search, RulesVersions rules, BudgetLines budget, DistanceTable distances, Eligibilities eligibilities, BankAccounts banks,
                 Directory directory, Accounts accounts, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.search = search;
        this.rules = rules;
        this.budget = budget;
        this.distances = distances;
        this.eligibilities = eligibilities;
        this.banks = banks;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("INSERT INTO support_seed (name, loaded_at) VALUES ('demo-fund', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        Instant now = Instant.now();
        int year = LocalDate.now(StartClaim.KOSOVO).getYear();
        RulesVersion v = new RulesVersion(year, 1, new RulesVersion.RulesValues(LocalDate.of(year, 1, 1), new BigDecimal("0.20"),
                new BigDecimal("50.00"), 100, new BigDecimal("15.00"), new BigDecimal("30.00"), new BigDecimal("150.00"),
                new BigDecimal("1500.00"), new BigDecimal("100.00"), new BigDecimal("100000.00"), false,
                "Rregulla demonstruese."), now);
        v.publish(ACTOR, now);
        v = rules.save(v);
        audit.recordAs(ACTOR, "support.rules.published", "rules", v.getId(), null, v.audit());
        search.published(v);

        BudgetLine line = budget.save(new BudgetLine(year, "Pjesëmarrja e OSHC-ve në Këshill dhe ekipet e punës", "Donator (demo)",
                new BigDecimal("10000.00"), EnumSet.of(BodyKind.COUNCIL, BodyKind.WORKING_TEAM, BodyKind.TASK_FORCE, BodyKind.ASSEMBLY), now));
        audit.recordAs(ACTOR, "support.budget.created", "budget-line", line.getId(), null, line.audit());

        String[][] toPrishtina = {{"DRA", "115"}, {"PRZ", "80"}, {"PEJ", "85"}, {"GJA", "95"}, {"MIT", "40"}, {"FER", "38"},
                {"GJI", "47"}, {"POD", "32"}};
        for (String[] d : toPrishtina) {
            distances.setAsSystem(d[0], "PRI", new BigDecimal(d[1]), DEMO_SOURCE);
        }

        Optional<Long> cso = directory.findOrganisations(CSO, OrganisationType.CSO, 1).stream().map(OrganisationSummary::id).findFirst();
        Optional<AccountSummary> rep = cso.flatMap(id -> accounts.holders(Role.CSO_REPRESENTATIVE, id).stream().findFirst());
        if (cso.isEmpty() || rep.isEmpty()) {
            log.warn("No demo eligibility: {} or its representative is missing", CSO);
            return;
        }
        Eligibility e = new Eligibility(cso.get(), year);
        e.declare(true, new BigDecimal("38000.00"), "Organizata nuk ka staf të paguar për pjesëmarrje; buxheti mbulon vetëm projektet.",
                null, rep.get().id(), now);
        e.decide(true, "Buxheti vjetor nën kufirin e rregullave; deklarata e plotë.", LocalDate.of(year, 1, 1), ACTOR, now);
        e = eligibilities.save(e);
        audit.recordAs(ACTOR, "support.eligibility.decided", "eligibility", e.getId(), null, e.audit());
        BankAccount a = banks.save(new BankAccount(cso.get(), CSO, "XK051212012345678906", "Banka demonstruese", ACTOR, now));
        audit.recordAs(ACTOR, "support.bank.recorded", "bank-account", a.getId(), null, java.util.Map.of("organisationId", cso.get()));
    }
}

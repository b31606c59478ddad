package org.bashke.council.body.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.bashke.council.BodyKind;
import org.bashke.council.body.Body;
import org.bashke.council.body.BodyValues;
import org.bashke.council.body.DeclareInterests;
import org.bashke.council.body.EditWorkPlan;
import org.bashke.council.body.ManageBodies;
import org.bashke.council.body.Office;
import org.bashke.council.body.QuorumRule;
import org.bashke.council.body.Side;
import org.bashke.council.body.TaskStatus;
import org.bashke.council.body.Term;
import org.bashke.council.body.VacancyReason;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
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
 * The Council for the Strategy (KQ) with its 2019 term (14 + 15 seats), a few seats held by the demo
 * accounts (one vacated and refilled, to show history), its four working teams with their coordinators
 * and a work plan, and the Task Force. Loaded once, after the directory and the demo accounts.
 */
@Component
@Order(150)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class CouncilDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CouncilDemoData.class);
    static final LocalDate TERM_START = LocalDate.of(2019, 10, 1);

    private final ManageBodies manage;
    private final EditWorkPlan workPlan;
    private final DeclareInterests declarations;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CouncilDemoData(ManageBodies manage, EditWorkPlan workPlan, DeclareInterests declarations, Accounts accounts,
                    JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.manage = manage;
        this.workPlan = workPlan;
        this.declarations = declarations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.accountByEmail("keshilli@bashke.demo").isEmpty() || accounts.accountByEmail("zyra@bashke.demo").isEmpty()) {
            log.warn("No demo Council: the demo accounts are missing");
            return;
        }
        transaction.executeWithoutResult(status -> {
            // claimed first: a second instance starting at the same time skips instead of duplicating
            if (jdbc.update("INSERT INTO council_seed (name, loaded_at) VALUES ('demo-council', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        Body council = manage.createBody(new BodyValues("KQ",
                LocalizedText.of(Language.SQ, "Këshilli për Strategjinë e Bashkëpunimit me Shoqërinë Civile",
                        "Savet za Strategiju saradnje sa civilnim društvom", "Council for the Strategy for Cooperation with Civil Society"),
                LocalizedText.of(Language.SQ,
                        "Mbikëqyr zbatimin e Strategjisë Qeveritare për Bashkëpunim me Shoqërinë Civile. Kryesohet nga Sekretari i Përgjithshëm i Zyrës së Kryeministrit dhe bashkëkryesohet nga Drejtori Ekzekutiv i CiviKos.",
                        "Nadgleda sprovođenje Vladine strategije za saradnju sa civilnim društvom. Predsedava generalni sekretar Kancelarije premijera, a kopredsedava izvršni direktor CiviKos-a.",
                        "Oversees the Government Strategy for Cooperation with Civil Society. Chaired by the Secretary General of the Prime Minister's Office and co-chaired by the CiviKos Executive Director."),
                BodyKind.COUNCIL, null, null, QuorumRule.MAJORITY_OF_FILLED_SEATS));
        Term term = manage.createTerm(council.getId(), "2019–", TERM_START, null, 14, 15);
        long office = manage.seat(term.getId(), Side.GOVERNMENT, "zyra@bashke.demo", "Zyra për Qeverisje të Mirë", TERM_START,
                Office.DEPUTY_CHAIR, null);
        manage.seat(term.getId(), Side.CIVIL_SOCIETY, "keshilli@bashke.demo", "Platforma CiviKos", TERM_START, Office.CO_CHAIR, null);
        boolean withCso = accounts.accountByEmail("oshc@bashke.demo").isPresent();
        if (withCso && accounts.accountByEmail("anetar@bashke.demo").isPresent()) {
            // the first CSO member resigned; the next on the 2019 ranked list took the seat
            long first = manage.seat(term.getId(), Side.CIVIL_SOCIETY, "anetar@bashke.demo", "Qendra për Iniciativa Qytetare",
                    TERM_START, null, null);
            manage.vacate(first, LocalDate.of(2021, 3, 1), VacancyReason.RESIGNATION, null);
            long next = manage.seat(term.getId(), Side.CIVIL_SOCIETY, "oshc@bashke.demo", "Qendra për Iniciativa Qytetare",
                    LocalDate.of(2021, 3, 1), null, null);
            manage.substitute(next, "anetar@bashke.demo");
        }
        manage.substitute(office, accounts.accountByEmail("sekretariati@bashke.demo").map(AccountSummary::email).orElse(null));

        String[][] teams = {
                {"Pjesëmarrja e OSHC-ve në hartimin dhe zbatimin e politikave dhe legjislacionit",
                        "Učešće OCD u izradi i sprovođenju politika i zakonodavstva",
                        "CSO participation in drafting and implementing policies and legislation", "keshilli@bashke.demo"},
                {"Kontraktimi i shërbimeve publike me OSHC-të", "Ugovaranje javnih usluga sa OCD",
                        "Contracting public services to CSOs", "zyra@bashke.demo"},
                {"Sistemi dhe kriteret për mbështetjen financiare publike për OSHC-të",
                        "Sistem i kriterijumi za javnu finansijsku podršku OCD",
                        "A system and criteria for public financial support to CSOs", "oshc@bashke.demo"},
                {"Qasja e integruar ndaj vullnetarizmit", "Integrisani pristup volonterizmu",
                        "An integrated approach to volunteering", "qendra.prizren@bashke.demo"}};
        Body firstTeam = null;
        for (int i = 0; i < teams.length; i++) {
            int objective = i + 1;
            Body team = manage.createBody(new BodyValues("KQ-GP" + objective,
                    LocalizedText.of(Language.SQ, "Grupi punues " + objective + ": " + teams[i][0],
                            "Radna grupa " + objective + ": " + teams[i][1], "Working team " + objective + ": " + teams[i][2]),
                    null, BodyKind.WORKING_TEAM, council.getId(), objective, QuorumRule.MAJORITY_OF_FILLED_SEATS));
            Term teamTerm = manage.createTerm(team.getId(), "2019–", TERM_START, null, 4, 4);
            firstTeam = firstTeam == null ? team : firstTeam;
            String coordinator = teams[i][3];
            if (accounts.accountByEmail(coordinator).isPresent()) {
                Side side = coordinator.startsWith("zyra") ? Side.GOVERNMENT : Side.CIVIL_SOCIETY;
                manage.seat(teamTerm.getId(), side, coordinator, null, TERM_START, Office.COORDINATOR, null);
            }
        }

        int year = LocalDate.now(ManageBodies.KOSOVO).getYear();
        workPlan.addAsSystem(firstTeam.getId(), year, "Udhëzuesi për konsultimin e hershëm me OSHC-të", "Zyra për Qeverisje të Mirë",
                LocalDate.of(year, 3, 31), TaskStatus.DONE, null);
        workPlan.addAsSystem(firstTeam.getId(), year, "Trajnimi i koordinatorëve të konsultimit në ministri", "Platforma CiviKos",
                LocalDate.of(year, 6, 30), TaskStatus.IN_PROGRESS, "Dy nga katër trajnime janë mbajtur.");
        workPlan.addAsSystem(firstTeam.getId(), year, "Raporti vjetor për konsultimet publike", "Zyra për Qeverisje të Mirë",
                LocalDate.of(year, 12, 15), TaskStatus.PLANNED, null);

        Body taskForce = manage.createBody(new BodyValues("TF",
                LocalizedText.of(Language.SQ, "Task Forca", "Task Force (radna grupa)", "Task Force"),
                LocalizedText.of(Language.SQ, "Grup i përkohshëm pune për zbatimin e projektit; pjesëmarrësit nga OSHC-të mund të marrin mbështetje për shpenzimet.",
                        "Privremena radna grupa za sprovođenje projekta; učesnici iz OCD mogu dobiti podršku za troškove.",
                        "A temporary working group for the project; its CSO participants may get support for their costs."),
                BodyKind.TASK_FORCE, null, null, QuorumRule.MAJORITY_OF_ALL_SEATS));
        Term tfTerm = manage.createTerm(taskForce.getId(), "2024–", LocalDate.of(2024, 1, 15), null, 3, 5);
        manage.seat(tfTerm.getId(), Side.CIVIL_SOCIETY, "keshilli@bashke.demo", "Platforma CiviKos", LocalDate.of(2024, 1, 15),
                Office.COORDINATOR, null);

        long keshilli = accounts.accountByEmail("keshilli@bashke.demo").orElseThrow().id();
        declarations.fileAsSystem(term.getId(), keshilli, null, true, null);
        accounts.accountByEmail("oshc@bashke.demo").ifPresent(a -> declarations.fileAsSystem(term.getId(), a.id(), null, false,
                "Qendra për Iniciativa Qytetare merr grante nga Ministria e Financave për monitorimin e buxhetit."));
        log.info("Demo Council loaded: body {} with {} working teams and the Task Force", council.getCode(), teams.length);
    }
}

package org.bashke.monitoring.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.calendar.WorkingDays;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Assessment;
import org.bashke.monitoring.obligation.AssessmentRepository;
import org.bashke.monitoring.obligation.DeadlineChangeRepository;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorRepository;
import org.bashke.monitoring.obligation.IndicatorUnit;
import org.bashke.monitoring.obligation.IndicatorValue;
import org.bashke.monitoring.obligation.IndicatorValueRepository;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ProgressUpdateRepository;
import org.bashke.monitoring.obligation.PublishObligation;
import org.bashke.monitoring.obligation.Verdict;
import org.bashke.monitoring.plan.Measure;
import org.bashke.monitoring.plan.MeasureRepository;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.shared.security.Role;
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
 * The 2019–2023 Strategy for Cooperation with Civil Society with its four objectives, a few measures and
 * activities — most of them the Office for Good Governance's, so the demo officer has work — with
 * indicators, updates and one CSO disagreement. Loaded once, after the demo accounts.
 */
@Component("monitoringMonitoringDemoData")
@Order(300)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class MonitoringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);
    static final String OFFICE = "Zyra për Qeverisje të Mirë";
    private static final String ACTOR = "system:demo";

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final ObligationRepository obligations;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final DeadlineChangeRepository deadlineChanges;
    private final Directory directory;
    private final Accounts accounts;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;
    private final PublishObligation publish;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    MonitoringDemoData(StrategyRepository strategies, ObjectiveRepository objectives, MeasureRepository measures,
                       ObligationRepository obligations, IndicatorRepository indicators, IndicatorValueRepository values,
                       ProgressUpdateRepository updates, AssessmentRepository assessments, DeadlineChangeRepository deadlineChanges,
                       Directory directory, Accounts accounts, WorkingDays workingDays, MonitoringClock clock,
                       PublishObligation publish, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.obligations = obligations;
        this.indicators = indicators;
        this.values = values;
        this.updates = updates;
        this.assessments = assessments;
        this.deadlineChanges = deadlineChanges;
        this.directory = directory;
        this.accounts = accounts;
        this.workingDays = workingDays;
        this.clock = clock;
        this.publish = publish;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> office = directory.findOrganisations(OFFICE, OrganisationType.PUBLIC_INSTITUTION, 5).stream()
                .map(OrganisationSummary::id).findFirst();
        if (office.isEmpty()) {
            log.warn("No demo action plan: {} is not in the directory", OFFICE);
            return;
        }
        List<Long> others = directory.activeOrganisations(OrganisationType.PUBLIC_INSTITUTION).stream()
                .map(OrganisationSummary::id).filter(id -> !id.equals(office.get())).limit(3).toList();
        transaction.executeWithoutResult(status -> {
            // claimed first: a second instance starting at the same time skips instead of duplicating
            if (jdbc.update("INSERT INTO monitoring_seed (name, loaded_at) VALUES ('demo-plan', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load(office.get(), others);
        });
    }

    private void load(long office, List<Long> others) {
        Instant now = clock.now();
        LocalDate today = clock.today();
        long other = others.isEmpty() ? office : others.get(0);
        Strategy s = strategies.save(new Strategy("SCCS-2019", LocalizedText.of(Language.SQ,
                "Strategjia e Qeverisë për Bashkëpunim me Shoqërinë Civile 2019–2023",
                "Strategija Vlade za saradnju sa civilnim društvom 2019–2023",
                "Government Strategy for Cooperation with Civil Society 2019–2023"), 2019, 2023, now));
        Objective o1 = objective(s, "1", "Pjesëmarrja e OSHC-ve në hartimin dhe zbatimin e politikave dhe legjislacionit",
                "Učešće OCD u izradi i sprovođenju politika i zakonodavstva",
                "CSO participation in drafting and implementing policies and legislation");
        Objective o2 = objective(s, "2", "Kontraktimi i shërbimeve publike për OSHC-të", "Ugovaranje javnih usluga sa OCD",
                "Contracting public services to CSOs");
        Objective o3 = objective(s, "3", "Sistemi dhe kriteret për mbështetjen financiare publike për OSHC-të",
                "Sistem i kriterijumi javne finansijske podrške OCD", "A system and criteria for public financial support to CSOs");
        objective(s, "4", "Qasja e integruar ndaj vullnetarizmit", "Integrisani pristup volonterizmu",
                "An integrated approach to volunteering");
        Measure m11 = measure(o1, "1.1", "Zbatimi i standardeve minimale për konsultim publik",
                "Primena minimalnih standarda za javne konsultacije", "Implementing the minimum standards for public consultation");
        Measure m12 = measure(o1, "1.2", "Forcimi i Këshillit për Bashkëpunim", "Jačanje Saveta za saradnju",
                "Strengthening the Council for Cooperation");
        Measure m21 = measure(o2, "2.1", "Kuadri ligjor për kontraktimin e shërbimeve", "Pravni okvir za ugovaranje usluga",
                "Legal framework for contracting services");
        Measure m31 = measure(o3, "3.1", "Rregullat për financimin publik të OJQ-ve", "Pravila za javno finansiranje NVO",
                "Rules for public funding of NGOs");

        Obligation a1 = activity(s, o1, m11, "A1.1.1", "Trajnimi i koordinatorëve për konsultim publik në të gjitha ministritë",
                "Obuka koordinatora za javne konsultacije u svim ministarstvima",
                "Training the public-consultation coordinators of every ministry", office, LocalDate.of(2020, 12, 31),
                new BigDecimal("15000.00"), "Buxheti i Kosovës");
        Obligation a2 = activity(s, o1, m11, "A1.1.2", "Raporti vjetor për zbatimin e standardeve minimale",
                "Godišnji izveštaj o primeni minimalnih standarda", "Annual report on the implementation of the minimum standards",
                office, LocalDate.of(2023, 3, 31), null, null);
        Obligation a3 = activity(s, o1, m12, "A1.2.1", "Sekretariati teknik i Këshillit funksional",
                "Funkcionalan tehnički sekretarijat Saveta", "A functioning technical secretariat of the Council", office,
                LocalDate.of(2022, 6, 30), new BigDecimal("40000.00"), "BE / EU");
        Obligation a4 = activity(s, o2, m21, "A2.1.1", "Udhëzimi administrativ për kontraktimin e shërbimeve nga OSHC-të",
                "Administrativno uputstvo o ugovaranju usluga sa OCD", "Administrative instruction on contracting services to CSOs",
                other, LocalDate.of(2021, 12, 31), new BigDecimal("5000.00"), "Buxheti i Kosovës");
        Obligation a5 = activity(s, o3, m31, "A3.1.1", "Baza e të dhënave për financimin publik të OJQ-ve",
                "Baza podataka o javnom finansiranju NVO", "Database of public funding of NGOs", office,
                LocalDate.of(2021, 6, 30), new BigDecimal("25000.00"), "Buxheti i Kosovës");
        if (other != office) {
            a3.getSupporters().add(other);
        }

        Indicator trained = indicators.save(new Indicator(a1.getId(), LocalizedText.of(Language.SQ,
                "Ministri me koordinator të trajnuar", "Ministarstva sa obučenim koordinatorom", "Ministries with a trained coordinator"),
                IndicatorUnit.COUNT, BigDecimal.ZERO, 2019, new BigDecimal("15"), 2020));
        Indicator share = indicators.save(new Indicator(a2.getId(), LocalizedText.of(Language.SQ,
                "Projektakte që plotësojnë të gjitha standardet minimale", "Nacrti koji ispunjavaju sve minimalne standarde",
                "Drafts meeting every minimum standard"), IndicatorUnit.PERCENT, new BigDecimal("40"), 2018, new BigDecimal("80"), 2023));

        Optional<AccountSummary> officer = accounts.holders(Role.GOVERNMENT_OFFICER, office).stream().findFirst();
        Optional<AccountSummary> council = accounts.holders(Role.COUNCIL_MEMBER, null).stream().findFirst();
        String officerName = officer.map(AccountSummary::displayName).orElse(OFFICE);
        Long officerId = officer.map(AccountSummary::id).orElse(null);

        ProgressUpdate u1 = update(a1, ObligationStatus.COMPLETED, 100, officerId, officerName, LocalDate.of(2021, 1, 20),
                "Koordinatorët e 15 ministrive u trajnuan në katër sesione.", "Koordinatori 15 ministarstava obučeni su na četiri sesije.",
                "The coordinators of 15 ministries were trained in four sessions.");
        values.save(new IndicatorValue(trained, u1.getId(), new BigDecimal("15"), LocalDate.of(2020, 12, 15), now));
        council.ifPresent(c -> assessment(u1, Verdict.AGREE, c, "Trajnimet u mbajtën; OSHC-të morën pjesë si trajnerë.",
                "Obuke su održane; OCD su učestvovale kao treneri.", "The trainings took place; CSOs took part as trainers."));

        ProgressUpdate u2 = update(a2, ObligationStatus.IN_PROGRESS, 60, officerId, officerName, LocalDate.of(2023, 2, 10),
                "Raporti për vitin 2022 është në hartim; 67% e projektakteve plotësuan të gjitha standardet.",
                "Izveštaj za 2022. je u izradi; 67% nacrta ispunilo je sve standarde.",
                "The 2022 report is being drafted; 67% of drafts met every standard.");
        values.save(new IndicatorValue(share, u2.getId(), new BigDecimal("67"), LocalDate.of(2022, 12, 31), now));
        council.ifPresent(c -> assessment(u2, Verdict.DISAGREE, c,
                "Shumë konsultime zgjatën më pak se 15 ditë pune; shifra 67% nuk i numëron ato.",
                "Mnoge konsultacije trajale su kraće od 15 radnih dana; brojka od 67% ih ne računa.",
                "Many consultations lasted fewer than 15 working days; the 67% figure does not count them."));

        update(a5, ObligationStatus.DELAYED, 30, officerId, officerName, LocalDate.of(2021, 9, 1),
                "Prokurimi i sistemit u vonua.", "Nabavka sistema je kasnila.", "The procurement of the system was delayed.");

        // one deadline moved into the coming weeks, so reminders and "days left" show in the demo
        LocalDate extended = workingDays.addWorkingDays(today, 10);
        deadlineChanges.save(a3.moveDeadline(extended, "Afati u shty me vendim të Këshillit pas vonesës së financimit.",
                ACTOR, now));
        workPlans(s, now, List.of(a1, a3, a4, a5));
        audit.recordAs(ACTOR, "monitoring.demo.loaded", "monitoring-strategy", s.getId(), null,
                Map.of("code", s.getCode(), "activities", 5));
        for (Obligation o : List.of(a1, a2, a3, a4, a5)) {
            publish.changed(o);
        }
    }

    /**
     * Yearly work plans of the demo plan: A1.1.1 in 2020, A1.2.1 planned for 2021 and moved to 2022 (with the
     * reason), A2.1.1 in 2022 and A3.1.1 in 2021 — so the public year pages and an activity's history show.
     */
    private void workPlans(Strategy s, Instant now, List<Obligation> list) {
        Map<Integer, Long> plans = new java.util.HashMap<>();
        for (int year : List.of(2020, 2021, 2022)) {
            plans.put(year, jdbc.queryForObject("INSERT INTO monitoring_work_plan (strategy_id, year, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?) RETURNING id", Long.class, s.getId(), year, Timestamp.from(now), ACTOR));
        }
        int[][] placed = {{0, 2020}, {1, 2021}, {2, 2022}, {3, 2021}};
        for (int[] p : placed) {
            long id = list.get(p[0]).getId();
            jdbc.update("INSERT INTO monitoring_work_plan_item (work_plan_id, obligation_id, added_at) VALUES (?, ?, ?)",
                    plans.get(p[1]), id, Timestamp.from(now));
            jdbc.update("INSERT INTO monitoring_work_plan_move (obligation_id, strategy_id, from_year, to_year, moved_by, moved_at) "
                    + "VALUES (?, ?, NULL, ?, ?, ?)", id, s.getId(), p[1], ACTOR, Timestamp.from(now.minusSeconds(86400L * 30)));
        }
        long moved = list.get(1).getId();
        jdbc.update("UPDATE monitoring_work_plan_item SET work_plan_id = ? WHERE obligation_id = ?", plans.get(2022), moved);
        jdbc.update("INSERT INTO monitoring_work_plan_move (obligation_id, strategy_id, from_year, to_year, reason, moved_by, moved_at) "
                + "VALUES (?, ?, 2021, 2022, ?, ?, ?)", moved, s.getId(),
                "Financimi i sekretariatit teknik u miratua vetëm në buxhetin e vitit 2022.", ACTOR, Timestamp.from(now));
    }

    private Objective objective(Strategy s, String code, String sq, String sr, String en) {
        return objectives.save(new Objective(s.getId(), code, LocalizedText.of(Language.SQ, sq, sr, en)));
    }

    private Measure measure(Objective o, String code, String sq, String sr, String en) {
        return measures.save(new Measure(o.getId(), code, LocalizedText.of(Language.SQ, sq, sr, en)));
    }

    private Obligation activity(Strategy s, Objective o, Measure m, String code, String sq, String sr, String en, long institution,
                                LocalDate deadline, BigDecimal budget, String budgetSource) {
        LocalizedText title = LocalizedText.of(Language.SQ, sq, sr, en);
        Obligation a = Obligation.activity(s.getId(), o.getId(), m.getId(), code, title, institution, deadline,
                deadline.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        a.plan(o.getId(), m.getId(), title, institution, List.of(), budget, budgetSource);
        return obligations.save(a);
    }

    private ProgressUpdate update(Obligation o, ObligationStatus status, int percent, Long authorId, String author, LocalDate on,
                                  String sq, String sr, String en) {
        Instant at = on.atTime(10, 0).toInstant(ZoneOffset.UTC);
        ProgressUpdate u = updates.save(new ProgressUpdate(o.getId(), status, percent, null,
                LocalizedText.of(Language.SQ, sq, sr, en), authorId, author, at));
        o.follow(status, percent, null, on, at);
        return u;
    }

    private void assessment(ProgressUpdate u, Verdict verdict, AccountSummary by, String sq, String sr, String en) {
        assessments.save(new Assessment(u.getId(), verdict, LocalizedText.of(Language.SQ, sq, sr, en), by.id(), by.displayName(),
                null, u.getCreatedAt().plusSeconds(86400 * 7)));
    }
}

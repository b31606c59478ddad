package org.bashke.dialogue.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.checklist.Assessment;
import org.bashke.dialogue.checklist.DialogueAssessmentRepository;
import org.bashke.dialogue.checklist.Principle;
import org.bashke.dialogue.checklist.DialoguePrincipleRepository;
import org.bashke.dialogue.checklist.Rating;
import org.bashke.dialogue.checklist.Side;
import org.bashke.dialogue.commitment.Commitment;
import org.bashke.dialogue.commitment.DialogueCommitmentRepository;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.DialogueInitiativeRepository;
import org.bashke.dialogue.initiative.InitiativeSearchRecord;
import org.bashke.dialogue.initiative.Support;
import org.bashke.dialogue.initiative.DialogueSupportRepository;
import org.bashke.dialogue.initiative.SupporterKind;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.dialogue.process.Participant;
import org.bashke.dialogue.process.DialogueParticipantRepository;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.bashke.dialogue.process.ProcessSearchRecord;
import org.bashke.dialogue.process.ProcessStatus;
import org.bashke.dialogue.process.ProcessStep;
import org.bashke.dialogue.process.ProcessType;
import org.bashke.dialogue.process.DialogueStepRepository;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo dialogue: a municipal forum of the Municipality of Prizren with three CSOs, its checklist and a
 * commitment; a central round table of the Office for Good Governance with a commitment; and an initiative
 * to the Municipality of Prizren with one supporter. Loaded once, after the directory and the demo accounts.
 */
@Component
@Order(210)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class DialogueDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DialogueDemoData.class);
    private static final String ACTOR = "system:demo";
    private static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final DialogueProcessRepository processes;
    private final DialogueParticipantRepository participants;
    private final DialogueStepRepository steps;
    private final DialoguePrincipleRepository principles;
    private final DialogueAssessmentRepository assessments;
    private final DialogueCommitmentRepository commitments;
    private final DialogueInitiativeRepository initiatives;
    private final DialogueSupportRepository supports;
    private final Directory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DialogueDemoData(DialogueProcessRepository processes, DialogueParticipantRepository participants, DialogueStepRepository steps,
                     DialoguePrincipleRepository principles, DialogueAssessmentRepository assessments, DialogueCommitmentRepository commitments,
                     DialogueInitiativeRepository initiatives, DialogueSupportRepository supports, Directory directory, AuditLog audit,
                     JdbcTemplate jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.processes = processes;
        this.participants = participants;
        this.steps = steps;
        this.principles = principles;
        this.assessments = assessments;
        this.commitments = commitments;
        this.initiatives = initiatives;
        this.supports = supports;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> office = organisation("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION);
        Optional<MunicipalitySummary> prizren = directory.municipalities().stream()
                .filter(m -> "PRZ".equals(m.code()) && m.organisationId() != null).findFirst();
        if (office.isEmpty() || prizren.isEmpty()) {
            log.warn("No demo dialogue: the Office for Good Governance or the Municipality of Prizren is not in the directory");
            return;
        }
        transaction.executeWithoutResult(status -> {
            // claimed first: a second instance starting at the same time skips instead of duplicating
            if (jdbc.update("INSERT INTO dialogue_seed (name, loaded_at) VALUES ('demo-dialogue', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load(office.get(), prizren.get());
        });
    }

    private void load(long office, MunicipalitySummary prizren) {
        LocalDate today = LocalDate.now(KOSOVO);
        String hub = directory.regions().stream().filter(r -> r.code().equals(prizren.regionCode())).findFirst()
                .map(RegionSummary::servingHubCode).orElse(null);
        Placement municipal = new Placement(ProcessLevel.MUNICIPAL, prizren.organisationId(), prizren.code(), prizren.regionCode(), hub);
        Optional<Long> qiq = organisation("Qendra për Iniciativa Qytetare", OrganisationType.CSO);
        Optional<Long> qdnp = organisation("Qendra për Dialog Ndërkulturor Prizren", OrganisationType.CSO);
        Optional<Long> shgpp = organisation("Shoqata e Gazetarëve të Pavarur Prizren", OrganisationType.CSO);
        Optional<Long> civikos = organisation("Platforma CiviKos", OrganisationType.CSO);
        Optional<Long> ipp = organisation("Instituti për Politika Publike", OrganisationType.CSO);

        // 1: the municipal forum in Prizren
        DialogueProcess forum = process(municipal, ProcessType.MUNICIPAL_FORUM,
                ManageProcesses.text("Forumi komunal për buxhetin participues të Prizrenit",
                        "Opštinski forum o participativnom budžetu Prizrena", "Prizren municipal forum on participatory budgeting"),
                ManageProcesses.text("Komuna dhe organizatat e shoqërisë civile diskutojnë prioritetet e buxhetit për vitin e ardhshëm, me lagjet dhe komunitetet.",
                        "Opština i organizacije civilnog društva razgovaraju o prioritetima budžeta za narednu godinu, sa mesnim zajednicama i zajednicama.",
                        "The municipality and civil society organisations discuss next year's budget priorities with neighbourhoods and communities."),
                today.minusDays(60));
        List.of(qdnp, shgpp, qiq).forEach(o -> o.ifPresent(id -> participants.save(new Participant(forum.getId(), id, Instant.now()))));
        step(forum, today.minusDays(45), "Takimi i parë i forumit", "U identifikuan 12 prioritete nga lagjet; komuna premtoi t'i publikojë në ueb-faqe.");
        ProcessStep hearing = step(forum, today.minusDays(15), "Dëgjimi publik për projektbuxhetin", "Komuna pranoi të shtojë dy projekte të propozuara nga OSHC-të.");
        assess(forum, Side.ORGANISER, prizren.organisationId(), Map.of("TIMELY_INFORMATION", Rating.YES, "ACCESS", Rating.YES,
                "TRANSPARENCY", Rating.PARTLY, "INCLUSIVENESS", Rating.PARTLY, "FEEDBACK", Rating.YES));
        qdnp.ifPresent(id -> assess(forum, Side.CSO, id, Map.of("TIMELY_INFORMATION", Rating.PARTLY, "INCLUSIVENESS", Rating.NO,
                "FEEDBACK", Rating.PARTLY)));
        commit(forum.getId(), null, ManageProcesses.text("Komuna publikon raportin e forumit dhe prioritetet e pranuara brenda 30 ditëve.",
                        "Opština objavljuje izveštaj foruma i prihvaćene prioritete u roku od 30 dana.",
                        "The municipality publishes the forum report and the accepted priorities within 30 days."),
                "Procesverbali i dëgjimit publik, pika 4", prizren.organisationId(), today.minusDays(15), today.plusDays(15), hearing.getId());

        // 2: the central round table with the Office for Good Governance
        DialogueProcess table = process(new Placement(ProcessLevel.CENTRAL, office, null, null, null), ProcessType.ROUND_TABLE,
                ManageProcesses.text("Tryezë e rrumbullakët për standardet minimale të konsultimit",
                        "Okrugli sto o minimalnim standardima konsultacija", "Round table on the minimum standards of consultation"),
                ManageProcesses.text("Zyra për Qeverisje të Mirë dhe OSHC-të shqyrtojnë zbatimin e standardeve minimale dhe raportin vjetor.",
                        "Kancelarija za dobro upravljanje i OCD razmatraju primenu minimalnih standarda i godišnji izveštaj.",
                        "The Office for Good Governance and CSOs review how the minimum standards are applied and the annual report."),
                today.minusDays(30));
        List.of(civikos, qiq, ipp).forEach(o -> o.ifPresent(id -> participants.save(new Participant(table.getId(), id, Instant.now()))));
        step(table, today.minusDays(20), "Tryeza e parë", "Zyra pranoi të publikojë listën e konsultimeve që nuk respektuan afatin minimal.");
        assess(table, Side.ORGANISER, office, Map.of("TIMELY_INFORMATION", Rating.YES, "ACCESS", Rating.YES, "TRANSPARENCY", Rating.YES,
                "INCLUSIVENESS", Rating.YES, "FEEDBACK", Rating.PARTLY, "OUTCOMES_PUBLISHED", Rating.NO));
        commit(table.getId(), null, ManageProcesses.text("Zyra publikon në raportin vjetor listën e konsultimeve me afat më të shkurtër se minimumi.",
                        "Kancelarija u godišnjem izveštaju objavljuje listu konsultacija sa rokom kraćim od minimalnog.",
                        "The Office publishes in its annual report the list of consultations shorter than the minimum period."),
                "Procesverbali i tryezës së parë, pika 2", office, today.minusDays(20), today.plusDays(60), null);

        // 3: an initiative to the Municipality of Prizren, supported by one other CSO
        if (qdnp.isPresent()) {
            Initiative initiative = initiatives.save(new Initiative(qdnp.get(), municipal,
                    "Përkthimi i vendimeve të Kuvendit Komunal në gjuhën turke",
                    "Vendimet e Kuvendit Komunal të Prizrenit publikohen vetëm në shqip dhe serbisht, ndonëse turqishtja është gjuhë zyrtare në komunë.",
                    "Kërkojmë që komuna t'i publikojë të gjitha vendimet edhe në turqisht brenda 15 ditëve nga miratimi.",
                    "sq", null, "Qendra për Dialog Ndërkulturor Prizren", Instant.now().minus(10, ChronoUnit.DAYS)));
            shgpp.ifPresent(id -> supports.save(new Support(initiative.getId(), SupporterKind.CSO, id, "Shoqata e Gazetarëve të Pavarur Prizren",
                    Instant.now().minus(8, ChronoUnit.DAYS))));
            audit.recordAs(ACTOR, "dialogue.initiative.proposed", "dialogue-initiative", initiative.getId(), null, initiative.auditValues());
            events.publishEvent(InitiativeSearchRecord.of(initiative));
        }
        log.info("Loaded the demo dialogue processes {} (municipal forum) and {} (round table)", forum.getId(), table.getId());
    }

    private Optional<Long> organisation(String name, OrganisationType type) {
        return directory.findOrganisations(name, type, 5).stream().filter(o -> o.name().display(java.util.Locale.forLanguageTag("sq")).equals(name))
                .map(OrganisationSummary::id).findFirst()
                .or(() -> directory.findOrganisations(name, type, 1).stream().map(OrganisationSummary::id).findFirst());
    }

    private DialogueProcess process(Placement placement, ProcessType type, org.bashke.shared.text.LocalizedText title,
                                    org.bashke.shared.text.LocalizedText summary, LocalDate started) {
        DialogueProcess p = processes.save(new DialogueProcess(placement, type, ProcessStatus.ONGOING, title, summary, started, Instant.now()));
        audit.recordAs(ACTOR, "dialogue.process.created", "dialogue-process", p.getId(), null, p.auditValues());
        events.publishEvent(ProcessSearchRecord.of(p));
        return p;
    }

    private ProcessStep step(DialogueProcess p, LocalDate on, String title, String outcome) {
        ProcessStep s = steps.save(new ProcessStep(p.getId(), on, title, outcome, Instant.now()));
        audit.recordAs(ACTOR, "dialogue.step.added", "dialogue-step", s.getId(), null, s.auditValues());
        return s;
    }

    private void assess(DialogueProcess p, Side side, long assessor, Map<String, Rating> ratings) {
        Map<String, Principle> byCode = principles.findByActiveTrueOrderByPositionAsc().stream()
                .collect(Collectors.toMap(Principle::getCode, x -> x));
        ratings.forEach((code, rating) -> {
            Principle principle = byCode.get(code);
            if (principle == null) {
                return;
            }
            Assessment a = new Assessment(p.getId(), principle.getId(), side, assessor);
            a.assess(rating, null, ACTOR, Instant.now());
            assessments.save(a);
        });
        audit.recordAs(ACTOR, "dialogue.checklist.assessed", "dialogue-process", p.getId(), null, Map.of("side", side, "ratings", ratings));
    }

    private void commit(Long processId, Long initiativeId, org.bashke.shared.text.LocalizedText text, String source, long responsible,
                        LocalDate madeOn, LocalDate deadline, Long stepId) {
        Commitment c = new Commitment(processId, initiativeId, text, source, responsible, madeOn, deadline, ACTOR, Instant.now());
        c.madeAt(stepId);
        c = commitments.save(c);
        audit.recordAs(ACTOR, "dialogue.commitment.made", "dialogue-commitment", c.getId(), null, c.auditValues());
        events.publishEvent(c.made());
    }
}

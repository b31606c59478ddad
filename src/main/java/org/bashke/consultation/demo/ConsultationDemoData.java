package org.bashke.consultation.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.calendar.WorkingDays;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Comment;
import org.bashke.consultation.draft.CommentRepository;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.CommentSearchRecords;
import org.bashke.consultation.draft.ConsultationHubs;
import org.bashke.consultation.draft.ConsultationSearchRecord;
import org.bashke.consultation.draft.ConsultationPeriodPolicy;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.draft.DocumentVersion;
import org.bashke.consultation.draft.DocumentVersionRepository;
import org.bashke.consultation.draft.ManageConsultations;
import org.bashke.consultation.plan.PlanItem;
import org.bashke.consultation.plan.PlanItemRepository;
import org.bashke.consultation.plan.PlanOutcome;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two demo consultations of the Office for Good Governance — one open with comments, one closed with its
 * answers and published report — and its plan for the year. Loaded once, after the demo accounts (order 100),
 * whose council member and CSO representative write the comments.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class ConsultationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);
    private static final String ACTOR = "system:demo";
    static final String OFFICE = "Zyra për Qeverisje të Mirë";

    private final ConsultationRepository consultations;
    private final DocumentVersionRepository versions;
    private final CommentRepository comments;
    private final PlanItemRepository plan;
    private final ConsultationPeriodPolicy policy;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CommentSearchRecords search;
    private final ConsultationHubs hubs;

    ConsultationDemoData(ConsultationRepository consultations, DocumentVersionRepository versions, CommentRepository comments,
                         PlanItemRepository plan, ConsultationPeriodPolicy policy, WorkingDays workingDays, Directory directory,
                         Accounts accounts, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction,
                         ApplicationEventPublisher events, CommentSearchRecords search, ConsultationHubs hubs) {
        this.search = search;
        this.hubs = hubs;
        this.consultations = consultations;
        this.versions = versions;
        this.comments = comments;
        this.plan = plan;
        this.policy = policy;
        this.workingDays = workingDays;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> office = directory.findOrganisations(OFFICE, OrganisationType.PUBLIC_INSTITUTION, 5).stream()
                .map(OrganisationSummary::id).findFirst();
        if (office.isEmpty()) {
            log.warn("No demo consultations: {} is not in the directory", OFFICE);
            return;
        }
        transaction.executeWithoutResult(status -> {
            // claimed first: a second instance starting at the same time skips instead of duplicating
            if (jdbc.update("INSERT INTO consultation_seed (name, loaded_at) VALUES ('demo-consultations', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load(office.get());
        });
    }

    private void load(long office) {
        LocalDate today = LocalDate.now(ManageConsultations.KOSOVO);
        Optional<AccountSummary> council = accounts.holders(Role.COUNCIL_MEMBER, null).stream().findFirst();
        Optional<Long> csoId = directory.findOrganisations("Qendra për Iniciativa Qytetare", OrganisationType.CSO, 1).stream()
                .map(OrganisationSummary::id).findFirst();
        Optional<AccountSummary> cso = csoId.flatMap(id -> accounts.holders(Role.CSO_REPRESENTATIVE, id).stream().findFirst());

        // 1: open, with articles and two comments
        LocalDate opens = workingDays.addWorkingDays(today, -3);
        Consultation open = consultations.save(new Consultation(office,
                LocalizedText.of(Language.SQ, "Projektudhëzimi për konsultimin publik në komuna",
                        "Nacrt uputstva o javnim konsultacijama u opštinama", "Draft instruction on public consultation in municipalities"),
                LocalizedText.of(Language.SQ, "Si i publikojnë komunat projektaktet, sa kohë zgjat konsultimi dhe si u përgjigjen komenteve.",
                        "Kako opštine objavljuju nacrte akata, koliko traju konsultacije i kako odgovaraju na komentare.",
                        "How municipalities publish draft acts, how long consultation lasts and how they answer comments."),
                DraftType.BY_LAW, "Arta Krasniqi", "konsultime@zqm.example",
                policy.assess(opens, workingDays.addWorkingDays(opens, 20), null), Instant.now().minus(5, ChronoUnit.DAYS)));
        DocumentVersion v1 = versions.save(new DocumentVersion(open.getId(), 1, "Projekti i parë", """
                Udhëzim administrativ për konsultimin publik në komuna

                Neni 1
                Qëllimi
                Ky udhëzim përcakton mënyrën e konsultimit publik të projektakteve komunale.

                Neni 2
                Publikimi
                Komuna publikon çdo projektakt në platformën e konsultimeve dhe në ueb-faqen e saj.

                Neni 3
                Afati
                Konsultimi publik me shkrim zgjat së paku 15 ditë pune.

                Neni 4
                Raporti
                Komuna u përgjigjet të gjitha komenteve në raportin përfundimtar.
                """, Instant.now().minus(5, ChronoUnit.DAYS)));
        open.open();
        events.publishEvent(ConsultationSearchRecord.of(open, hubs.of(open)));
        audit.recordAs(ACTOR, "consultation.consultation.created", "consultation", open.getId(), null, open.auditValues());
        council.ifPresent(a -> comment(open.getId(), v1.getArticles().get(3).getId(), a, null,
                "Predlažem da se rok produži na 20 radnih dana za složene akte."));
        cso.ifPresent(a -> comment(open.getId(), v1.getArticles().get(2).getId(), a, verified(a, csoId.get()),
                "Publikimi duhet të bëhet edhe në gazetat lokale, jo vetëm në internet."));
        comments.findByConsultationIdOrderByIdAsc(open.getId()).forEach(k -> search.changed(open, k));

        // 2: closed, every comment answered, report published
        LocalDate opened2 = LocalDate.of(today.getYear(), Month.SEPTEMBER, 1);
        if (!opened2.isBefore(today)) {
            opened2 = opened2.minusYears(1);
        }
        Consultation done = consultations.save(new Consultation(office,
                LocalizedText.of(Language.SQ, "Koncept-dokumenti për regjistrin e organizatave joqeveritare",
                        "Koncept-dokument o registru nevladinih organizacija", "Concept document on the register of NGOs"),
                LocalizedText.of(Language.SQ, "Opsionet për një regjistër elektronik të organizatave joqeveritare.",
                        "Opcije za elektronski registar nevladinih organizacija.", "Options for an electronic register of NGOs."),
                DraftType.CONCEPT_DOCUMENT, "Arta Krasniqi", "konsultime@zqm.example",
                policy.assess(opened2, workingDays.addWorkingDays(opened2, 15), null), Instant.now().minus(90, ChronoUnit.DAYS)));
        DocumentVersion v2 = versions.save(new DocumentVersion(done.getId(), 1, "Koncept-dokumenti", """
                # Problemi
                Regjistri aktual nuk është i qasshëm për publikun.
                # Opsionet
                Opsioni 1: asnjë ndryshim. Opsioni 2: regjistër elektronik publik.
                # Rekomandimi
                Opsioni 2.
                """, Instant.now().minus(90, ChronoUnit.DAYS)));
        done.open();
        council.ifPresent(a -> comment(done.getId(), v2.getArticles().get(1).getId(), a, null,
                "Registar treba da bude dostupan i na srpskom jeziku.")
                .answer(AnswerOutcome.ACCEPTED, "Registar će biti dvojezičan.", "Zyrtari i ZQM-së", Instant.now().minus(40, ChronoUnit.DAYS)));
        cso.ifPresent(a -> comment(done.getId(), v2.getArticles().get(2).getId(), a, null,
                "Propozojmë që regjistri të përfshijë edhe raportet financiare.")
                .answer(AnswerOutcome.PARTLY_ACCEPTED, "Raportet financiare do të publikohen për organizatat me status të përfitimit publik.",
                        "Zyrtari i ZQM-së", Instant.now().minus(40, ChronoUnit.DAYS)));
        done.close(done.getClosesOn());
        done.publishReport(0, done.getClosesOn().plusDays(14));
        events.publishEvent(ConsultationSearchRecord.of(done, hubs.of(done)));
        comments.findByConsultationIdOrderByIdAsc(done.getId()).forEach(k -> search.changed(done, k));
        versions.save(DocumentVersion.adoptedText(done.getId(), 2, "Koncept-dokumenti i miratuar", """
                # Problemi
                Regjistri aktual nuk është i qasshëm për publikun.
                # Opsionet
                Opsioni 1: asnjë ndryshim. Opsioni 2: regjistër elektronik publik, në shqip dhe në serbisht.
                # Rekomandimi
                Opsioni 2, me raportet financiare të organizatave me status të përfitimit publik.
                """, Instant.now().minus(20, ChronoUnit.DAYS)));
        audit.recordAs(ACTOR, "consultation.consultation.created", "consultation", done.getId(), null, done.auditValues());

        // the office's plan for this year
        int year = today.getYear();
        PlanItem consulted = new PlanItem(office, year, 3, DraftType.CONCEPT_DOCUMENT, "Koncept-dokumenti për regjistrin e OJQ-ve", Instant.now());
        consulted.settle(PlanOutcome.CONSULTED, done.getId(), null);
        PlanItem instruction = new PlanItem(office, year, 4, DraftType.BY_LAW, "Udhëzimi për konsultimin publik në komuna", Instant.now());
        instruction.settle(PlanOutcome.CONSULTED, open.getId(), null);
        PlanItem adopted = new PlanItem(office, year, 2, DraftType.BY_LAW, "Rregullorja për punën e zyrës", Instant.now());
        adopted.settle(PlanOutcome.ADOPTED_WITHOUT_CONSULTATION, null, "Ndryshim teknik i brendshëm, pa ndikim te publiku.");
        for (PlanItem item : java.util.List.of(consulted, instruction, adopted,
                new PlanItem(office, year, 4, DraftType.STRATEGY, "Strategjia për bashkëpunim me shoqërinë civile 2027–2031", Instant.now()))) {
            PlanItem saved = plan.save(item);
            audit.recordAs(ACTOR, "consultation.plan.added", "consultation-plan-item", saved.getId(), null, saved.auditValues());
        }
        log.info("Loaded the demo consultations {} (open) and {} (report published)", open.getId(), done.getId());
    }

    private Long verified(AccountSummary account, long organisationId) {
        return accounts.verifiedOrganisations(account.id()).contains(organisationId) ? organisationId : null;
    }

    private Comment comment(long consultationId, long articleId, AccountSummary author, Long organisationId, String text) {
        String language = author.languageTag() == null ? "sq" : author.languageTag();
        Comment c = comments.save(new Comment(consultationId, articleId, author.id(), author.displayName(), author.email(),
                Locale.forLanguageTag(language).toLanguageTag(), organisationId, text, true, Instant.now().minus(2, ChronoUnit.DAYS)));
        audit.recordAs(ACTOR, "consultation.comment.created", "consultation-comment", c.getId(), null, c.auditValues());
        return c;
    }
}

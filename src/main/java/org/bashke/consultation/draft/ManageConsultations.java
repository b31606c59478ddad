package org.bashke.consultation.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.consultation.ConsultationOpened;
import org.bashke.consultation.ConsultationReportPublished;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution's side of a consultation: create and describe it, add draft versions, open, close and
 * publish the final report. Each step checks that the person acts for the institution and is audited.
 */
@Service
public class ManageConsultations {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final ConsultationRepository consultations;
    private final DocumentVersionRepository versions;
    private final CommentRepository comments;
    private final ConsultationPeriodPolicy periodPolicy;
    private final InstitutionAccess access;
    private final AuditLog audit;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final String baseUrl;
    private final ConsultationHubs hubs;

    ManageConsultations(ConsultationRepository consultations, DocumentVersionRepository versions, CommentRepository comments,
                        ConsultationPeriodPolicy periodPolicy, InstitutionAccess access, AuditLog audit, Mailer mailer,
                        ApplicationEventPublisher events, @Value("${bashke.base-url:http://localhost:8080}") String baseUrl,
                        ConsultationHubs hubs) {
        this.hubs = hubs;
        this.consultations = consultations;
        this.versions = versions;
        this.comments = comments;
        this.periodPolicy = periodPolicy;
        this.access = access;
        this.audit = audit;
        this.mailer = mailer;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    @Transactional(readOnly = true)
    public Consultation find(long id) {
        return consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
    }

    /** The consultation, for someone who must act for its institution. */
    @Transactional(readOnly = true)
    public Consultation findToManage(long id) {
        Consultation c = find(id);
        access.requireActsFor(c.getInstitutionId());
        return c;
    }

    @Transactional
    public long create(ConsultationValues v) {
        access.requireActsFor(v.institutionId());
        access.requireConsultingInstitution(v.institutionId());
        ConsultationPeriodPolicy.Period period = periodPolicy.assess(v.opensOn(), v.closesOn(), v.periodJustification());
        Consultation c = consultations.save(new Consultation(v.institutionId(), title(v), summary(v), v.draftType(),
                v.contactName().strip(), v.contactEmail().strip(), period, Instant.now()));
        audit.record("consultation.consultation.created", "consultation", c.getId(), null, c.auditValues());
        return c.getId();
    }

    @Transactional
    public void describe(long id, ConsultationValues v) {
        Consultation c = findToManage(id);
        Map<String, Object> before = c.auditValues();
        ConsultationPeriodPolicy.Period period = periodPolicy.assess(v.opensOn(), v.closesOn(), v.periodJustification());
        c.describe(title(v), summary(v), v.draftType(), v.contactName().strip(), v.contactEmail().strip());
        c.reschedule(period);
        audit.record("consultation.consultation.updated", "consultation", id, before, c.auditValues());
    }

    /** A new version of the draft text; earlier versions and the comments on their articles stay. */
    @Transactional
    public long addVersion(long id, String label, String text) {
        Consultation c = findToManage(id);
        if (!c.acceptsAnswers()) {
            throw new ConsultationRuleException("consultation.rule.stage.notAllowed");
        }
        if (text == null || text.isBlank()) {
            throw new ConsultationRuleException("consultation.rule.version.textRequired");
        }
        if (c.getStage() != org.bashke.consultation.ConsultationStage.EARLY && c.getStage() != org.bashke.consultation.ConsultationStage.WRITTEN) {
            throw new ConsultationRuleException("consultation.rule.stage.notAllowed");
        }
        int number = versions.findFirstByConsultationIdOrderByNumberDesc(id).map(d -> d.getNumber() + 1).orElse(1);
        DocumentVersion version = versions.save(new DocumentVersion(id, number, label == null || label.isBlank()
                ? "v" + number : label.strip(), text.strip(), Instant.now()));
        audit.record("consultation.version.added", "consultation", id, null,
                Map.of("version", number, "label", version.getLabel(), "articles", version.getArticles().size()));
        return version.getId();
    }

    /** The text finally adopted, once the consultation is closed; recorded once, so the comparison cannot be rewritten. */
    @Transactional
    public long addAdoptedText(long id, String label, String text) {
        Consultation c = findToManage(id);
        if (c.acceptsComments()) {
            throw new ConsultationRuleException("consultation.rule.adopted.notClosed");
        }
        if (text == null || text.isBlank()) {
            throw new ConsultationRuleException("consultation.rule.version.textRequired");
        }
        List<DocumentVersion> existing = versions.findByConsultationIdOrderByNumberDesc(id);
        if (existing.stream().anyMatch(DocumentVersion::isAdopted)) {
            throw new ConsultationRuleException("consultation.rule.adopted.exists");
        }
        int number = existing.stream().mapToInt(DocumentVersion::getNumber).max().orElse(0) + 1;
        DocumentVersion adopted = versions.save(DocumentVersion.adoptedText(id, number,
                label == null || label.isBlank() ? "adopted" : label.strip(), text.strip(), Instant.now()));
        audit.record("consultation.adopted.added", "consultation", id, null,
                Map.of("version", number, "label", adopted.getLabel(), "articles", adopted.getArticles().size()));
        return adopted.getId();
    }

    @Transactional
    public void open(long id) {
        Consultation c = findToManage(id);
        Map<String, Object> before = c.auditValues();
        if (versions.findFirstByConsultationIdOrderByNumberDesc(id).isEmpty()) {
            throw new ConsultationRuleException("consultation.rule.open.noDraft");
        }
        c.open();
        audit.record("consultation.consultation.opened", "consultation", id, before, c.auditValues());
        events.publishEvent(new ConsultationOpened(id, c.getInstitutionId()));
        events.publishEvent(ConsultationSearchRecord.of(c, hubs.of(c)));
    }

    @Transactional
    public void close(long id) {
        Consultation c = findToManage(id);
        Map<String, Object> before = c.auditValues();
        c.close(LocalDate.now(KOSOVO));
        audit.record("consultation.consultation.closed", "consultation", id, before, c.auditValues());
    }

    /**
     * Publishes the final report (refused while a comment lacks an answer) and tells every commenter, in
     * their language, that the answers are out.
     */
    @Transactional
    public void publishReport(long id) {
        Consultation c = findToManage(id);
        Map<String, Object> before = c.auditValues();
        c.publishReport(comments.countAwaitingAnswer(id), LocalDate.now(KOSOVO));
        audit.record("consultation.report.published", "consultation", id, before, c.auditValues());
        List<Comment> all = comments.findByConsultationIdOrderByIdAsc(id);
        all.stream().map(Comment::getAuthorEmail).distinct().forEach(email -> {
            Comment first = all.stream().filter(x -> x.getAuthorEmail().equals(email)).findFirst().orElseThrow();
            Locale locale = Locale.forLanguageTag(first.getAuthorLanguage());
            mailer.send(email, locale, "consultation/report-published", Map.of(
                    "name", first.getAuthorName(),
                    "title", c.getTitle().display(locale),
                    "link", baseUrl + "/consultations/" + id + "/report",
                    "subjectArgs", new Object[] {c.getTitle().display(locale)}));
        });
        events.publishEvent(new ConsultationReportPublished(id, c.getInstitutionId()));
        events.publishEvent(ConsultationSearchRecord.of(c, hubs.of(c)));
    }

    private static LocalizedText title(ConsultationValues v) {
        return LocalizedText.of(original(v.titleSq(), v.titleSr()), v.titleSq(), v.titleSr(), v.titleEn());
    }

    private static LocalizedText summary(ConsultationValues v) {
        return LocalizedText.of(original(v.summarySq(), v.summarySr()), v.summarySq(), v.summarySr(), v.summaryEn());
    }

    /** Institutions write first in Albanian, or in Serbian where that is their working language. */
    private static Language original(String sq, String sr) {
        if (sq != null && !sq.isBlank()) {
            return Language.SQ;
        }
        return sr != null && !sr.isBlank() ? Language.SR : Language.EN;
    }
}

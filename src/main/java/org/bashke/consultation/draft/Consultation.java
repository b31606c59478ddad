package org.bashke.consultation.draft;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.DraftType;
import org.bashke.shared.text.LocalizedText;

/**
 * A consultation on one draft of one institution. Its stage moves only forward, through the methods
 * below: early consultation → written public consultation → closed → final report published.
 */
@Entity
@Table(name = "consultation_consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id")
    private long institutionId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "summary_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "summary_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "summary_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "summary_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "summary_en_status"))})
    private LocalizedText summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_type")
    private DraftType draftType;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "period_justification")
    private String periodJustification;
    @Column(name = "non_compliant")
    private boolean nonCompliant;

    @Enumerated(EnumType.STRING)
    private ConsultationStage stage;

    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "report_published_on")
    private LocalDate reportPublishedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "reminder_sent_on")
    private LocalDate reminderSentOn;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Consultation() {
    }

    public Consultation(long institutionId, LocalizedText title, LocalizedText summary, DraftType draftType,
                        String contactName, String contactEmail, ConsultationPeriodPolicy.Period period, Instant now) {
        this.institutionId = institutionId;
        this.stage = ConsultationStage.EARLY;
        this.createdAt = now;
        describe(title, summary, draftType, contactName, contactEmail);
        reschedule(period);
    }

    public void describe(LocalizedText title, LocalizedText summary, DraftType draftType, String contactName, String contactEmail) {
        requireStage(ConsultationStage.EARLY, ConsultationStage.WRITTEN);
        this.title = title;
        this.summary = summary;
        this.draftType = draftType;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    /** The period may change until the consultation closes; the compliance flag follows the new period. */
    public void reschedule(ConsultationPeriodPolicy.Period period) {
        requireStage(ConsultationStage.EARLY, ConsultationStage.WRITTEN);
        this.opensOn = period.opensOn();
        this.closesOn = period.closesOn();
        this.workingDays = period.workingDays();
        this.periodJustification = period.justification();
        this.nonCompliant = period.nonCompliant();
    }

    /** Early consultation ends; the written public consultation on the draft begins. */
    public void open() {
        requireStage(ConsultationStage.EARLY);
        this.stage = ConsultationStage.WRITTEN;
    }

    public void close(LocalDate today) {
        requireStage(ConsultationStage.WRITTEN);
        this.stage = ConsultationStage.CLOSED;
        this.closedOn = today;
    }

    /** The cycle ends with the final report, which needs an answer to every comment. */
    public void publishReport(long unansweredComments, LocalDate today) {
        requireStage(ConsultationStage.CLOSED);
        if (unansweredComments > 0) {
            throw new ConsultationRuleException("consultation.rule.report.unanswered");
        }
        this.stage = ConsultationStage.REPORT_PUBLISHED;
        this.reportPublishedOn = today;
    }

    /** Followers are reminded once, in the last week of the written consultation. */
    public boolean dueForClosingReminder(LocalDate today) {
        return stage == ConsultationStage.WRITTEN && reminderSentOn == null && !today.isAfter(closesOn)
                && today.plusDays(7).isAfter(closesOn);
    }

    public void closingReminderSent(LocalDate today) {
        this.reminderSentOn = today;
    }

    /** People comment during the early and the written consultation, never after closing. */
    public boolean acceptsComments() {
        return stage == ConsultationStage.EARLY || stage == ConsultationStage.WRITTEN;
    }

    /** Answers are given while the consultation runs and after it closes, until the report fixes them. */
    public boolean acceptsAnswers() {
        return stage != ConsultationStage.REPORT_PUBLISHED;
    }

    private void requireStage(ConsultationStage... allowed) {
        for (ConsultationStage s : allowed) {
            if (stage == s) {
                return;
            }
        }
        throw new ConsultationRuleException("consultation.rule.stage.notAllowed");
    }

    public ConsultationSummary summary() {
        return new ConsultationSummary(id, institutionId, title, draftType, stage, opensOn, closesOn, workingDays,
                nonCompliant, reportPublishedOn);
    }

    /** The values an audit entry records. */
    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("institutionId", institutionId);
        v.put("title", title == null ? null : title.toString());
        v.put("draftType", draftType);
        v.put("contactName", contactName);
        v.put("contactEmail", contactEmail);
        v.put("opensOn", String.valueOf(opensOn));
        v.put("closesOn", String.valueOf(closesOn));
        v.put("workingDays", workingDays);
        v.put("nonCompliant", nonCompliant);
        v.put("periodJustification", periodJustification);
        v.put("stage", stage);
        return v;
    }

    public Long getId() { return id; }
    public long getInstitutionId() { return institutionId; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public DraftType getDraftType() { return draftType; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public int getWorkingDays() { return workingDays; }
    public String getPeriodJustification() { return periodJustification; }
    public boolean isNonCompliant() { return nonCompliant; }
    public ConsultationStage getStage() { return stage; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getReportPublishedOn() { return reportPublishedOn; }
}

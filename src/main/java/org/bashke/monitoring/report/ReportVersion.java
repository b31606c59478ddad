package org.bashke.monitoring.report;

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
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.shared.text.LocalizedText;

/**
 * One version of a strategy's annual implementation report for a year. A draft carries the secretariat's
 * introduction; the Council's approval (date, decision reference, links to the decision and the meeting) is
 * recorded on it; then it is published and never changes again (a correction is a new version, made from it).
 */
@Entity(name = "MonitoringReportVersion")
@Table(name = "monitoring_report")
public class ReportVersion {

    public enum Status { DRAFT, APPROVED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "strategy_id")
    private long strategyId;
    private int year;
    private int version;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "intro_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "intro_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "intro_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "intro_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "intro_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "intro_en_status"))})
    private LocalizedText introduction;

    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "approval_reference")
    private String approvalReference;
    @Column(name = "approval_url")
    private String approvalUrl;
    @Column(name = "approval_decision_id")
    private Long approvalDecisionId;
    @Column(name = "approval_meeting_url")
    private String approvalMeetingUrl;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    ReportVersion(long strategyId, int year, int version, LocalizedText introduction, String createdBy, Instant now) {
        this.strategyId = strategyId;
        this.year = year;
        this.version = version;
        this.introduction = introduction;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    protected ReportVersion() {
    }

    /** The introduction can be rewritten while the version is a draft (the Council approves what it reads). */
    void editIntroduction(LocalizedText text) {
        requireDraft();
        this.introduction = text;
    }

    /**
     * The Council approved this version: the day (not in the future), the decision's reference, and links to
     * the decision and its meeting when they are on the platform.
     */
    void recordApproval(LocalDate on, String reference, Long decisionId, String decisionUrl, String meetingUrl, LocalDate today) {
        requireDraft();
        if (on == null || on.isAfter(today)) {
            throw new MonitoringRuleException("approvedOn", "monitoring.rule.report.approvalDate");
        }
        if (reference == null || reference.isBlank()) {
            throw new MonitoringRuleException("reference", "monitoring.rule.report.approvalReference");
        }
        this.approvedOn = on;
        this.approvalReference = reference.strip();
        this.approvalDecisionId = decisionId;
        this.approvalUrl = decisionUrl;
        this.approvalMeetingUrl = meetingUrl;
        this.status = Status.APPROVED;
    }

    /** Only an approved version is published; from then on nothing about it changes. */
    void publish(Instant now) {
        if (status == Status.PUBLISHED) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.published");
        }
        if (status != Status.APPROVED) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.notApproved");
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    /** A correction of a published version: the next version, a draft with the same introduction. */
    ReportVersion correction(int nextVersion, String by, Instant now) {
        if (status != Status.PUBLISHED) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.notPublished");
        }
        return new ReportVersion(strategyId, year, nextVersion, introduction, by, now);
    }

    private void requireDraft() {
        if (status == Status.PUBLISHED) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.published");
        }
        if (status != Status.DRAFT) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.notDraft");
        }
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategyId", strategyId);
        m.put("year", year);
        m.put("version", version);
        m.put("status", status.name());
        m.put("introduction", introduction == null ? null : introduction.toString());
        m.put("approvedOn", approvedOn == null ? null : approvedOn.toString());
        m.put("approvalReference", approvalReference);
        m.put("approvalDecisionId", approvalDecisionId);
        m.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        return m;
    }

    public Long getId() { return id; }
    public long getStrategyId() { return strategyId; }
    public int getYear() { return year; }
    public int getVersion() { return version; }
    public LocalizedText getIntroduction() { return introduction; }
    public Status getStatus() { return status; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovalReference() { return approvalReference; }
    public String getApprovalUrl() { return approvalUrl; }
    public Long getApprovalDecisionId() { return approvalDecisionId; }
    public String getApprovalMeetingUrl() { return approvalMeetingUrl; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
}

package org.bashke.monitoring.obligation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.shared.text.LocalizedText;

/**
 * Something an institution must do, whatever its source: an action-plan activity (kept here, under a
 * measure), a Council decision or a dialogue commitment (kept in their modules, remembered by source).
 * Its status and percent follow the latest progress update; its deadline moves only with a reason.
 */
@Entity(name = "MonitoringObligation")
@Table(name = "monitoring_obligation")
public class Obligation {

    public static final String ACTIVITY = "activity";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_module")
    private String sourceModule;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private Long sourceId;
    @Column(name = "source_url")
    private String sourceUrl;

    private String code;
    @Column(name = "strategy_id")
    private Long strategyId;
    @Column(name = "objective_id")
    private Long objectiveId;
    @Column(name = "measure_id")
    private Long measureId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Column(name = "institution_id")
    private Long institutionId;
    @Column(name = "responsible_text")
    private String responsibleText;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "monitoring_supporter", joinColumns = @JoinColumn(name = "obligation_id"))
    @Column(name = "organisation_id")
    private Set<Long> supporters = new TreeSet<>();

    private LocalDate deadline;
    @Column(name = "original_deadline")
    private LocalDate originalDeadline;
    @Column(name = "budget_eur")
    private BigDecimal budgetEur;
    @Column(name = "budget_source")
    private String budgetSource;

    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    private int percent;
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "reminded_before_on")
    private LocalDate remindedBeforeOn;
    @Column(name = "reminded_overdue_on")
    private LocalDate remindedOverdueOn;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Obligation() {
    }

    private Obligation(String sourceModule, String sourceType, Long sourceId, String sourceUrl, LocalizedText title,
                       Long institutionId, String responsibleText, LocalDate deadline, Instant now) {
        this.sourceModule = sourceModule;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.sourceUrl = sourceUrl;
        this.title = title;
        this.institutionId = institutionId;
        this.responsibleText = responsibleText;
        this.deadline = deadline;
        this.originalDeadline = deadline;
        this.status = ObligationStatus.NOT_ASSESSED;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** An activity of the action plan, under a measure. */
    public static Obligation activity(long strategyId, long objectiveId, long measureId, String code, LocalizedText title,
                                      long institutionId, LocalDate deadline, Instant now) {
        Obligation o = new Obligation("monitoring", ACTIVITY, null, null, title, institutionId, null, deadline, now);
        o.strategyId = strategyId;
        o.objectiveId = objectiveId;
        o.measureId = measureId;
        o.code = code;
        return o;
    }

    /** An obligation born of another module's record: a Council decision, a dialogue commitment. */
    public static Obligation fromSource(String module, String type, long sourceId, String sourceUrl, LocalizedText title,
                                        Long institutionId, String responsibleText, LocalDate deadline, Instant now) {
        return new Obligation(module, type, sourceId, sourceUrl, title, institutionId, responsibleText, deadline, now);
    }

    /** The plan's description of an activity (title, place in the plan, who, budget); never its progress. */
    public void plan(long objectiveId, long measureId, LocalizedText title, long institutionId, Collection<Long> supporters,
                     BigDecimal budgetEur, String budgetSource) {
        this.objectiveId = objectiveId;
        this.measureId = measureId;
        this.title = title;
        this.institutionId = institutionId;
        this.supporters.clear();
        if (supporters != null) {
            supporters.stream().filter(s -> !s.equals(institutionId)).forEach(this.supporters::add);
        }
        this.budgetEur = budgetEur;
        this.budgetSource = budgetSource == null || budgetSource.isBlank() ? null : budgetSource.strip();
    }

    /** The first deadline of an activity set by the plan (before any update); later moves go through {@link #moveDeadline}. */
    public void setPlannedDeadline(LocalDate deadline) {
        this.deadline = deadline;
        this.originalDeadline = deadline;
    }

    /**
     * Rule: a deadline moves only with a reason, and both dates stay known (the change is returned to be
     * kept; the first deadline stays in {@code originalDeadline}).
     */
    public DeadlineChange moveDeadline(LocalDate to, String reason, String by, Instant now) {
        if (to == null) {
            throw new MonitoringRuleException("deadline", "monitoring.rule.deadline.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new MonitoringRuleException("reason", "monitoring.rule.deadline.needsReason");
        }
        if (to.equals(deadline)) {
            throw new MonitoringRuleException("deadline", "monitoring.rule.deadline.same");
        }
        DeadlineChange change = new DeadlineChange(id, deadline, to, reason.strip(), by, now);
        this.deadline = to;
        // a new deadline earns new reminders
        this.remindedBeforeOn = null;
        this.remindedOverdueOn = null;
        return change;
    }

    /** The latest update decides where the obligation stands. */
    public void follow(ObligationStatus status, int percent, String cancelReason, LocalDate today, Instant now) {
        ProgressConsistency.check(status, percent, cancelReason);
        if (status != this.status) {
            this.statusChangedAt = now;
        }
        this.status = status;
        this.percent = percent;
        this.cancelReason = status == ObligationStatus.CANCELLED ? cancelReason.strip() : null;
        this.completedOn = status == ObligationStatus.COMPLETED ? (completedOn != null ? completedOn : today) : null;
    }

    public boolean isActivity() {
        return ACTIVITY.equals(sourceType) && "monitoring".equals(sourceModule);
    }

    public boolean deadlineMoved() {
        return originalDeadline != null && !originalDeadline.equals(deadline);
    }

    public void remindedBefore(LocalDate today) {
        this.remindedBeforeOn = today;
    }

    public void remindedOverdue(LocalDate today) {
        this.remindedOverdueOn = today;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", sourceModule + "/" + sourceType + (sourceId == null ? "" : "/" + sourceId));
        m.put("code", code);
        m.put("title", title == null ? null : title.get(org.bashke.shared.text.Language.SQ));
        m.put("institutionId", institutionId);
        m.put("supporters", supporters == null ? null : new TreeSet<>(supporters));
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("originalDeadline", originalDeadline == null ? null : originalDeadline.toString());
        m.put("budgetEur", budgetEur == null ? null : budgetEur.toPlainString());
        m.put("budgetSource", budgetSource);
        m.put("status", status.name());
        m.put("percent", percent);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() { return id; }
    public String getSourceModule() { return sourceModule; }
    public String getSourceType() { return sourceType; }
    public Long getSourceId() { return sourceId; }
    public String getSourceUrl() { return sourceUrl; }
    public String getCode() { return code; }
    public Long getStrategyId() { return strategyId; }
    public Long getObjectiveId() { return objectiveId; }
    public Long getMeasureId() { return measureId; }
    public LocalizedText getTitle() { return title; }
    public Long getInstitutionId() { return institutionId; }
    public String getResponsibleText() { return responsibleText; }
    public Set<Long> getSupporters() { return supporters; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getOriginalDeadline() { return originalDeadline; }
    public BigDecimal getBudgetEur() { return budgetEur; }
    public String getBudgetSource() { return budgetSource; }
    public ObligationStatus getStatus() { return status; }
    public int getPercent() { return percent; }
    public String getCancelReason() { return cancelReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getRemindedBeforeOn() { return remindedBeforeOn; }
    public LocalDate getRemindedOverdueOn() { return remindedOverdueOn; }
}

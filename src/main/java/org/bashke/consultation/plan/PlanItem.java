package org.bashke.consultation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.ConsultationRuleException;

/** One draft of an institution's annual consultation plan, and what became of it. */
@Entity
@Table(name = "consultation_plan_item")
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "institution_id")
    private long institutionId;
    @Column(name = "plan_year")
    private int year;
    @Column(name = "planned_quarter")
    private int quarter;
    @Enumerated(EnumType.STRING)
    @Column(name = "draft_type")
    private DraftType draftType;
    private String title;
    @Enumerated(EnumType.STRING)
    private PlanOutcome outcome;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PlanItem() {
    }

    public PlanItem(long institutionId, int year, int quarter, DraftType draftType, String title, Instant now) {
        if (quarter < 1 || quarter > 4) {
            throw new ConsultationRuleException("consultation.rule.plan.quarter");
        }
        this.institutionId = institutionId;
        this.year = year;
        this.quarter = quarter;
        this.draftType = draftType;
        this.title = title;
        this.outcome = PlanOutcome.PLANNED;
        this.createdAt = now;
    }

    /**
     * Records the outcome: a consulted draft names its consultation; one adopted without consultation says
     * why (the annual report lists those reasons).
     */
    public void settle(PlanOutcome outcome, Long consultationId, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome == PlanOutcome.CONSULTED && consultationId == null) {
            throw new ConsultationRuleException("consultation.rule.plan.consultationRequired");
        }
        if (outcome == PlanOutcome.ADOPTED_WITHOUT_CONSULTATION && why == null) {
            throw new ConsultationRuleException("consultation.rule.plan.reasonRequired");
        }
        this.outcome = outcome;
        this.consultationId = outcome == PlanOutcome.CONSULTED ? consultationId : null;
        this.outcomeReason = why;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("institutionId", institutionId);
        v.put("year", year);
        v.put("quarter", quarter);
        v.put("draftType", draftType);
        v.put("title", title);
        v.put("outcome", outcome);
        v.put("consultationId", consultationId);
        v.put("reason", outcomeReason);
        return v;
    }

    public Long getId() { return id; }
    public long getInstitutionId() { return institutionId; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public DraftType getDraftType() { return draftType; }
    public String getTitle() { return title; }
    public PlanOutcome getOutcome() { return outcome; }
    public Long getConsultationId() { return consultationId; }
    public String getOutcomeReason() { return outcomeReason; }
}

package org.bashke.monitoring.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of an activity's history across work plans: placed in a year (no from year), moved from one
 * year to another, or taken out of the plans (no to year) — with who did it, when and why.
 */
@Entity(name = "MonitoringWorkPlanMove")
@Table(name = "monitoring_work_plan_move")
public class WorkPlanMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id")
    private long obligationId;
    @Column(name = "strategy_id")
    private long strategyId;
    @Column(name = "from_year")
    private Integer fromYear;
    @Column(name = "to_year")
    private Integer toYear;
    private String reason;
    @Column(name = "moved_by")
    private String movedBy;
    @Column(name = "moved_at")
    private Instant movedAt;

    WorkPlanMove(long obligationId, long strategyId, Integer fromYear, Integer toYear, String reason, String movedBy, Instant now) {
        this.obligationId = obligationId;
        this.strategyId = strategyId;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.reason = reason;
        this.movedBy = movedBy;
        this.movedAt = now;
    }

    protected WorkPlanMove() {
    }

    public Long getId() { return id; }
    public long getObligationId() { return obligationId; }
    public long getStrategyId() { return strategyId; }
    public Integer getFromYear() { return fromYear; }
    public Integer getToYear() { return toYear; }
    public String getReason() { return reason; }
    public String getMovedBy() { return movedBy; }
    public Instant getMovedAt() { return movedAt; }
}

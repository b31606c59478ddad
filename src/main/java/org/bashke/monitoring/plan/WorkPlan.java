package org.bashke.monitoring.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One year's work plan of a strategy: the activities picked for that year (see {@link WorkPlanItem}). */
@Entity(name = "MonitoringWorkPlan")
@Table(name = "monitoring_work_plan")
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "strategy_id")
    private long strategyId;
    private int year;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    public WorkPlan(long strategyId, int year, String createdBy, Instant now) {
        this.strategyId = strategyId;
        this.year = year;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    protected WorkPlan() {
    }

    public Long getId() { return id; }
    public long getStrategyId() { return strategyId; }
    public int getYear() { return year; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}

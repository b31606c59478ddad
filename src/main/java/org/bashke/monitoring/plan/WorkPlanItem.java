package org.bashke.monitoring.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An activity placed in one year's work plan; an activity is in at most one year at a time. */
@Entity(name = "MonitoringWorkPlanItem")
@Table(name = "monitoring_work_plan_item")
public class WorkPlanItem {

    @Id
    @Column(name = "obligation_id")
    private Long obligationId;
    @Column(name = "work_plan_id")
    private long workPlanId;
    @Column(name = "added_at")
    private Instant addedAt;

    WorkPlanItem(long obligationId, long workPlanId, Instant now) {
        this.obligationId = obligationId;
        this.workPlanId = workPlanId;
        this.addedAt = now;
    }

    protected WorkPlanItem() {
    }

    void moveTo(long workPlanId, Instant now) {
        this.workPlanId = workPlanId;
        this.addedAt = now;
    }

    public Long getObligationId() { return obligationId; }
    public long getWorkPlanId() { return workPlanId; }
    public Instant getAddedAt() { return addedAt; }
}

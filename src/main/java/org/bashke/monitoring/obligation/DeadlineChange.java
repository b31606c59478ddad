package org.bashke.monitoring.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline moved: from, to, why, by whom, when. Never changed afterwards. */
@Entity(name = "MonitoringDeadlineChange")
@Table(name = "monitoring_deadline_change")
public class DeadlineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id")
    private Long obligationId;
    @Column(name = "from_date")
    private LocalDate fromDate;
    @Column(name = "to_date")
    private LocalDate toDate;
    private String reason;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected DeadlineChange() {
    }

    DeadlineChange(Long obligationId, LocalDate fromDate, LocalDate toDate, String reason, String changedBy, Instant changedAt) {
        this.obligationId = obligationId;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Long getObligationId() { return obligationId; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}

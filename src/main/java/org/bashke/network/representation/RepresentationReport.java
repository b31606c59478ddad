package org.bashke.network.representation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A report-back the representative owes by a date, and once filed, the report itself. */
@Entity(name = "NetworkRepresentationReport")
@Table(name = "network_representation_report")
public class RepresentationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "representation_id")
    private long representationId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String body;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filed_by")
    private Long filedBy;
    @Column(name = "reminded_before_on")
    private LocalDate remindedBeforeOn;
    @Column(name = "reminded_overdue_on")
    private LocalDate remindedOverdueOn;
    @Version
    private long version;

    protected RepresentationReport() {
    }

    public RepresentationReport(long representationId, LocalDate dueOn) {
        this.representationId = representationId;
        this.dueOn = dueOn;
    }

    public void file(String body, long accountId, LocalDate today) {
        if (filedOn != null) {
            throw new RepresentationRuleBroken("network.representation.rule.alreadyFiled");
        }
        if (body == null || body.isBlank()) {
            throw new RepresentationRuleBroken("network.representation.rule.reportRequired");
        }
        this.body = body.strip();
        this.filedBy = accountId;
        this.filedOn = today;
    }

    public boolean overdueOn(LocalDate today) {
        return filedOn == null && today.isAfter(dueOn);
    }

    /** Due within {@code daysBefore} days and not yet reminded of it. */
    public boolean wantsEarlyReminder(LocalDate today, int daysBefore) {
        return filedOn == null && remindedBeforeOn == null && !today.isAfter(dueOn) && !today.plusDays(daysBefore).isBefore(dueOn);
    }

    public boolean wantsOverdueReminder(LocalDate today) {
        return overdueOn(today) && remindedOverdueOn == null;
    }

    void remindedBefore(LocalDate today) {
        this.remindedBeforeOn = today;
    }

    void remindedOverdue(LocalDate today) {
        this.remindedOverdueOn = today;
    }

    public Long getId() {
        return id;
    }

    public long getRepresentationId() {
        return representationId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }
}

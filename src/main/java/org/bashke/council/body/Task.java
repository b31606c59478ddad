package org.bashke.council.body;

import jakarta.persistence.Column;
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

/** One task of a working team's annual work plan. */
@Entity(name = "CouncilTask")
@Table(name = "council_task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id")
    private long bodyId;
    @Column(name = "plan_year")
    private int year;
    private String title;
    private String owner;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private String notes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "opt_version")
    private long version;

    protected Task() {
    }

    public Task(long bodyId, int year, String title, String owner, LocalDate deadline, String notes, Instant now) {
        if (year < 2000 || year > 2100) {
            throw new SeatRuleBroken("council.rule.task.year");
        }
        this.bodyId = bodyId;
        this.year = year;
        this.createdAt = now;
        update(title, owner, deadline, TaskStatus.PLANNED, notes, now);
    }

    public void update(String title, String owner, LocalDate deadline, TaskStatus status, String notes, Instant now) {
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new SeatRuleBroken("council.rule.task.title");
        }
        if (owner == null || owner.isBlank() || owner.strip().length() > 200) {
            throw new SeatRuleBroken("council.rule.task.owner");
        }
        if (status == null) {
            throw new SeatRuleBroken("council.rule.task.status");
        }
        this.title = title.strip();
        this.owner = owner.strip();
        this.deadline = deadline;
        this.status = status;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.updatedAt = now;
    }

    /** Past its deadline and not finished. */
    public boolean overdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && status != TaskStatus.DONE && status != TaskStatus.DROPPED;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bodyId", bodyId);
        v.put("year", year);
        v.put("title", title);
        v.put("owner", owner);
        v.put("deadline", deadline);
        v.put("status", status);
        v.put("notes", notes);
        return v;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public LocalDate getDeadline() { return deadline; }
    public TaskStatus getStatus() { return status; }
    public String getNotes() { return notes; }
    public Instant getUpdatedAt() { return updatedAt; }
}

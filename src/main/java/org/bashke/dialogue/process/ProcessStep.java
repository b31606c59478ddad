package org.bashke.dialogue.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A meeting or other step of a process, with its date and outcome: a light record, the one concept of a
 * meeting in dialogue (the Council's meetings carry quorum and seats that a municipal forum does not have).
 */
@Entity(name = "DialogueProcessStep")
@Table(name = "dialogue_step")
public class ProcessStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "process_id")
    private long processId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String title;
    private String outcome;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;

    protected ProcessStep() {
    }

    public ProcessStep(long processId, LocalDate heldOn, String title, String outcome, Instant createdAt) {
        this.processId = processId;
        this.heldOn = heldOn;
        this.title = title;
        this.outcome = outcome;
        this.createdAt = createdAt;
    }

    /** A correction of the record (date, title or outcome); the audit log keeps what it said before. */
    public void revise(LocalDate heldOn, String title, String outcome, Instant now) {
        this.heldOn = heldOn;
        this.title = title;
        this.outcome = outcome;
        this.editedAt = now;
    }

    public Map<String, Object> auditValues() {
        return Map.of("processId", processId, "heldOn", String.valueOf(heldOn), "title", title,
                "outcome", outcome == null ? "" : outcome);
    }

    public Long getId() { return id; }
    public long getProcessId() { return processId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getTitle() { return title; }
    public String getOutcome() { return outcome; }
    public Instant getEditedAt() { return editedAt; }
}

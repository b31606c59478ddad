package org.bashke.dialogue.commitment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.dialogue.CommitmentMade;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.shared.text.LocalizedText;

/**
 * What an institution promised, in a process or in answer to an initiative: the words, where they were
 * said (a line of minutes, a letter), who is responsible and by when. Recorded once; its progress is
 * monitoring's business (an obligation with source "dialogue").
 */
@Entity(name = "DialogueCommitment")
@Table(name = "dialogue_commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "process_id")
    private Long processId;
    @Column(name = "initiative_id")
    private Long initiativeId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "text_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "text_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "text_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "text_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "text_en_status"))})
    private LocalizedText text;

    private String source;
    @Column(name = "step_id")
    private Long stepId;
    @Column(name = "responsible_organisation_id")
    private long responsibleOrganisationId;
    private LocalDate deadline;
    @Column(name = "made_on")
    private LocalDate madeOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Commitment() {
    }

    public Commitment(Long processId, Long initiativeId, LocalizedText text, String source, long responsibleOrganisationId,
                      LocalDate madeOn, LocalDate deadline, String recordedBy, Instant now) {
        if (processId == null && initiativeId == null) {
            throw new IllegalArgumentException("a commitment belongs to a process or an initiative");
        }
        if (text == null || text.isEmpty()) {
            throw new DialogueRuleException("dialogue.rule.commitment.text", "textSq");
        }
        CommitmentPolicy.requireDeadline(madeOn, deadline);
        this.processId = processId;
        this.initiativeId = initiativeId;
        this.text = text;
        this.source = source == null || source.isBlank() ? null : source.strip();
        this.responsibleOrganisationId = responsibleOrganisationId;
        this.madeOn = madeOn;
        this.deadline = deadline;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /** Where a reader sees it: on its process page, or on the initiative it answers. */
    public String url() {
        return (processId != null ? "/dialogue/" + processId : "/dialogue/initiatives/" + initiativeId) + "#commitment-" + id;
    }

    public CommitmentMade made() {
        return new CommitmentMade(id, processId == null ? 0L : processId, text, responsibleOrganisationId, deadline, madeOn,
                url(), initiativeId);
    }

    /** The meeting of the process where it was said: the first link of its trail. */
    public void madeAt(Long stepId) {
        this.stepId = stepId;
    }

    /** Its one-page trail: where it was said, the commitment, the follow-up with evidence, the status. */
    public String trailUrl() {
        return "/dialogue/commitments/" + id;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("processId", processId);
        v.put("initiativeId", initiativeId);
        v.put("text", text.toString());
        v.put("source", source);
        v.put("stepId", stepId);
        v.put("responsibleOrganisationId", responsibleOrganisationId);
        v.put("madeOn", String.valueOf(madeOn));
        v.put("deadline", String.valueOf(deadline));
        return v;
    }

    public Long getId() { return id; }
    public Long getProcessId() { return processId; }
    public Long getInitiativeId() { return initiativeId; }
    public LocalizedText getText() { return text; }
    public String getSource() { return source; }
    public Long getStepId() { return stepId; }
    public long getResponsibleOrganisationId() { return responsibleOrganisationId; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getMadeOn() { return madeOn; }
    public String getRecordedBy() { return recordedBy; }
}

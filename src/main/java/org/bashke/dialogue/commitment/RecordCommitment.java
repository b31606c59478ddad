package org.bashke.dialogue.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.initiative.AnswerInitiative;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.DialogueStepRepository;
import org.bashke.dialogue.process.ManageProcesses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what an institution committed to and announces it ({@link org.bashke.dialogue.CommitmentMade}),
 * so monitoring tracks it as an obligation — after this transaction commits, through the event registry.
 */
@Service
public class RecordCommitment {

    /** @param stepId the meeting of the process where it was said, or null */
    public record Values(String textSq, String textSr, String textEn, String source, long responsibleOrganisationId,
                         LocalDate madeOn, LocalDate deadline, Long stepId) {

        public Values(String textSq, String textSr, String textEn, String source, long responsibleOrganisationId,
                      LocalDate madeOn, LocalDate deadline) {
            this(textSq, textSr, textEn, source, responsibleOrganisationId, madeOn, deadline, null);
        }
    }

    private final DialogueCommitmentRepository commitments;
    private final ManageProcesses processes;
    private final AnswerInitiative initiatives;
    private final DialogueStepRepository steps;
    private final DialogueAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RecordCommitment(DialogueCommitmentRepository commitments, ManageProcesses processes, AnswerInitiative initiatives,
                     DialogueStepRepository steps, DialogueAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.commitments = commitments;
        this.processes = processes;
        this.initiatives = initiatives;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Made in a process: recorded by whoever runs the process. */
    @Transactional
    public long inProcess(long processId, Values v) {
        processes.findToManage(processId);
        if (v.stepId() != null && steps.findById(v.stepId()).filter(s -> s.getProcessId() == processId).isEmpty()) {
            throw new DialogueRuleException("dialogue.rule.commitment.step", "stepId");
        }
        return save(processId, null, v);
    }

    /** Made in answer to an initiative: recorded by the institution that answered it. */
    @Transactional
    public long forInitiative(long initiativeId, Values v) {
        Initiative i = initiatives.findToAnswer(initiativeId);
        CommitmentPolicy.requireAnswerAllowsCommitment(i);
        return save(null, initiativeId, new Values(v.textSq(), v.textSr(), v.textEn(), v.source(), v.responsibleOrganisationId(),
                v.madeOn(), v.deadline(), null));
    }

    private long save(Long processId, Long initiativeId, Values v) {
        // the responsible one must be a public institution or a municipality (refused otherwise, on its field)
        access.placementOf(v.responsibleOrganisationId(), "responsibleOrganisationId");
        Commitment c = commitments.save(new Commitment(processId, initiativeId,
                ManageProcesses.text(v.textSq(), v.textSr(), v.textEn()), v.source(), v.responsibleOrganisationId(),
                v.madeOn(), v.deadline(), access.actorName(), Instant.now()));
        if (v.stepId() != null) {
            c.madeAt(v.stepId());
        }
        audit.record("dialogue.commitment.made", "dialogue-commitment", c.getId(), null, c.auditValues());
        events.publishEvent(c.made());
        return c.getId();
    }
}

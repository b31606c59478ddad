package org.bashke.dialogue.initiative;

import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueAccessPolicy;
import org.bashke.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution an initiative is addressed to answers it: accepted, partly accepted or rejected, with a reason. */
@Service
public class AnswerInitiative {

    private final DialogueInitiativeRepository initiatives;
    private final DialogueAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AnswerInitiative(DialogueInitiativeRepository initiatives, DialogueAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Initiative findToAnswer(long id) {
        Initiative i = find(id);
        requireAnswers(i);
        return i;
    }

    @Transactional
    public void answer(long id, InitiativeAnswer outcome, String reason) {
        Initiative i = findToAnswer(id);
        Map<String, Object> before = i.auditValues();
        i.answer(outcome, reason, access.actorName(), Instant.now());
        audit.record("dialogue.initiative.answered", "dialogue-initiative", id, before, i.auditValues());
        events.publishEvent(InitiativeSearchRecord.of(i));
    }

    public boolean mayAnswer(Initiative i) {
        return DialogueAccessPolicy.mayAnswerFor(access.actor(), i.getTargetOrganisationId());
    }

    private void requireAnswers(Initiative i) {
        if (!mayAnswer(i)) {
            throw new AccessDeniedException("not an officer of institution " + i.getTargetOrganisationId());
        }
    }

    @Transactional(readOnly = true)
    public Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }
}

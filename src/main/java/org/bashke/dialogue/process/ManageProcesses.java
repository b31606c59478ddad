package org.bashke.dialogue.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of a process: create and describe it, the CSOs taking part, its meetings and steps.
 * Every step checks the scope (secretariat, the institution's officer, or the hub coordinator of the
 * municipality's region) and is audited; the public record feeds the search.
 */
@Service
public class ManageProcesses {

    private final DialogueProcessRepository processes;
    private final DialogueParticipantRepository participants;
    private final DialogueStepRepository steps;
    private final DialogueAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ManageProcesses(DialogueProcessRepository processes, DialogueParticipantRepository participants, DialogueStepRepository steps,
                    DialogueAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.processes = processes;
        this.participants = participants;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public DialogueProcess find(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("dialogue process", id));
    }

    /** The process, for someone who runs it. */
    @Transactional(readOnly = true)
    public DialogueProcess findToManage(long id) {
        DialogueProcess p = find(id);
        access.requireManage(p.placement());
        return p;
    }

    @Transactional
    public long create(ProcessValues v) {
        Placement placement = access.placementOf(v.organisationId());
        access.requireManage(placement);
        DialogueProcess p = processes.save(new DialogueProcess(placement, v.type(), v.status(), title(v), summary(v),
                v.startedOn(), Instant.now()));
        audit.record("dialogue.process.created", "dialogue-process", p.getId(), null, p.auditValues());
        events.publishEvent(ProcessSearchRecord.of(p));
        return p.getId();
    }

    /** The organising institution stays: a process moved to another institution would escape its organiser's scope. */
    @Transactional
    public void describe(long id, ProcessValues v) {
        DialogueProcess p = findToManage(id);
        Map<String, Object> before = p.auditValues();
        p.place(access.placementOf(p.getOrganisationId()));
        p.describe(v.type(), v.status(), title(v), summary(v), v.startedOn());
        audit.record("dialogue.process.updated", "dialogue-process", id, before, p.auditValues());
        events.publishEvent(ProcessSearchRecord.of(p));
    }

    @Transactional
    public void addParticipant(long id, long organisationId) {
        findToManage(id);
        access.requireCso(organisationId, "organisationId");
        if (participants.existsByProcessIdAndOrganisationId(id, organisationId)) {
            throw new DialogueRuleException("dialogue.rule.participant.already", "organisationId");
        }
        participants.save(new Participant(id, organisationId, Instant.now()));
        audit.record("dialogue.participant.added", "dialogue-process", id, null, Map.of("organisationId", organisationId));
    }

    @Transactional
    public void removeParticipant(long id, long organisationId) {
        findToManage(id);
        if (!participants.existsByProcessIdAndOrganisationId(id, organisationId)) {
            throw new NotFoundException("participant", organisationId);
        }
        participants.deleteByProcessIdAndOrganisationId(id, organisationId);
        audit.record("dialogue.participant.removed", "dialogue-process", id, Map.of("organisationId", organisationId), null);
    }

    @Transactional
    public long addStep(long id, LocalDate heldOn, String title, String outcome) {
        findToManage(id);
        if (heldOn == null) {
            throw new DialogueRuleException("dialogue.rule.step.date", "heldOn");
        }
        if (title == null || title.isBlank()) {
            throw new DialogueRuleException("dialogue.rule.step.title", "title");
        }
        ProcessStep step = steps.save(new ProcessStep(id, heldOn, title.strip(),
                outcome == null || outcome.isBlank() ? null : outcome.strip(), Instant.now()));
        audit.record("dialogue.step.added", "dialogue-step", step.getId(), null, step.auditValues());
        return step.getId();
    }

    static LocalizedText title(ProcessValues v) {
        return text(v.titleSq(), v.titleSr(), v.titleEn());
    }

    static LocalizedText summary(ProcessValues v) {
        return text(v.summarySq(), v.summarySr(), v.summaryEn());
    }

    /** Institutions write first in Albanian, or in Serbian where that is their working language. */
    public static LocalizedText text(String sq, String sr, String en) {
        Language original = sq != null && !sq.isBlank() ? Language.SQ : sr != null && !sr.isBlank() ? Language.SR : Language.EN;
        return LocalizedText.of(original, sq, sr, en);
    }
}

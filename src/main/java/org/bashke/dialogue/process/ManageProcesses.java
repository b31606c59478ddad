package org.bashke.dialogue.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

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
    private final DialogueDocumentRepository documents;
    private final FileStore fileStore;
    private final DialogueAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ManageProcesses(DialogueProcessRepository processes, DialogueParticipantRepository participants, DialogueStepRepository steps,
                    DialogueDocumentRepository documents, FileStore fileStore,
                    DialogueAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.documents = documents;
        this.fileStore = fileStore;
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

    /** A correction of a step: its date, title or outcome (what it said before stays in the audit log). */
    @Transactional
    public void editStep(long id, long stepId, LocalDate heldOn, String title, String outcome) {
        findToManage(id);
        ProcessStep step = steps.findById(stepId).filter(s -> s.getProcessId() == id)
                .orElseThrow(() -> new NotFoundException("dialogue step", stepId));
        if (heldOn == null) {
            throw new DialogueRuleException("dialogue.rule.step.date", "heldOn");
        }
        if (title == null || title.isBlank()) {
            throw new DialogueRuleException("dialogue.rule.step.title", "title");
        }
        Map<String, Object> before = step.auditValues();
        step.revise(heldOn, title.strip(), outcome == null || outcome.isBlank() ? null : outcome.strip(), Instant.now());
        audit.record("dialogue.step.edited", "dialogue-step", stepId, before, step.auditValues());
    }

    /** The meetings and steps of a process, oldest first. */
    @Transactional(readOnly = true)
    public List<ProcessStep> steps(long id) {
        return steps.findByProcessIdOrderByHeldOnAscIdAsc(id);
    }

    /** A step of this process, for its organiser. */
    @Transactional(readOnly = true)
    public ProcessStep stepToManage(long id, long stepId) {
        findToManage(id);
        return steps.findById(stepId).filter(s -> s.getProcessId() == id)
                .orElseThrow(() -> new NotFoundException("dialogue step", stepId));
    }

    /**
     * Keeps a document with the process, public or restricted. A refused file (empty, too large, of a kind
     * not accepted) keeps nothing and says why on the field {@code file}.
     */
    @Transactional
    public long addDocument(long id, String title, boolean restricted, MultipartFile upload) {
        findToManage(id);
        if (title == null || title.isBlank()) {
            throw new DialogueRuleException("dialogue.rule.document.title", "documentTitle");
        }
        if (title.strip().length() > 300) {
            throw new DialogueRuleException("dialogue.form.title.long", "documentTitle");
        }
        if (upload == null || upload.isEmpty()) {
            throw new DialogueRuleException("dialogue.rule.document.file", "file");
        }
        StoredFile stored;
        try {
            stored = fileStore.store("dialogue", upload);
        } catch (FileRejected e) {
            throw new DialogueRuleException(e.messageKey(), "file");
        }
        ProcessDocument d = documents.save(new ProcessDocument(id, stored.id(), title.strip(), restricted, access.actorName(), Instant.now()));
        audit.record("dialogue.document.added", "dialogue-document", d.getId(), null, d.auditValues());
        return d.getId();
    }

    /** The documents of a process this reader may see: restricted ones only for its organisers and taking-part CSOs. */
    @Transactional(readOnly = true)
    public List<ProcessDocument> documentsFor(DialogueProcess p) {
        List<ProcessDocument> all = documents.findByProcessIdOrderByAddedAtAscIdAsc(p.getId());
        if (all.stream().noneMatch(ProcessDocument::isRestricted)) {
            return all;
        }
        boolean insider = mayReadRestricted(p);
        return all.stream().filter(d -> !d.isRestricted() || insider).toList();
    }

    /** A document to send to this reader, or not found (a restricted one is not found by outsiders). */
    @Transactional(readOnly = true)
    public ProcessDocument documentToRead(long id, long documentId) {
        DialogueProcess p = find(id);
        ProcessDocument d = documents.findById(documentId).filter(x -> x.getProcessId() == id)
                .orElseThrow(() -> new NotFoundException("dialogue document", documentId));
        if (d.isRestricted() && !mayReadRestricted(p)) {
            throw new NotFoundException("dialogue document", documentId);
        }
        return d;
    }

    private boolean mayReadRestricted(DialogueProcess p) {
        List<Long> participantIds = participants.findByProcessIdOrderByAddedAtAsc(p.getId()).stream()
                .map(Participant::getOrganisationId).toList();
        return DialogueAccessPolicy.mayReadDocument(access.actor(), p.placement(), true, participantIds);
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

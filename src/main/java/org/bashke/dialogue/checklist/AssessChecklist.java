package org.bashke.dialogue.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueAccessPolicy;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.dialogue.process.DialogueParticipantRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership-principles checklist of a process: the organiser assesses each principle (yes / partly /
 * no, with a note as evidence), and each CSO taking part may give its own view. Both scores are shown.
 */
@Service
public class AssessChecklist {

    /** One line of a checklist form; a null rating leaves the principle unassessed. */
    public record Entry(long principleId, Rating rating, String note) {
    }

    /** One principle with the organiser's assessment (or null) and the CSOs' ones. */
    public record Row(Principle principle, Assessment organiser, List<Assessment> csos) {
    }

    public record Checklist(List<Row> rows, OptionalInt organiserScore, int organiserAssessed, OptionalInt csoScore,
                            int csoAssessments, Set<Long> csoAssessors) {
    }

    private final DialoguePrincipleRepository principles;
    private final DialogueAssessmentRepository assessments;
    private final DialogueParticipantRepository participants;
    private final ManageProcesses processes;
    private final DialogueAccess access;
    private final AuditLog audit;

    AssessChecklist(DialoguePrincipleRepository principles, DialogueAssessmentRepository assessments, DialogueParticipantRepository participants,
                    ManageProcesses processes, DialogueAccess access, AuditLog audit) {
        this.principles = principles;
        this.assessments = assessments;
        this.participants = participants;
        this.processes = processes;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Checklist checklist(long processId) {
        List<Assessment> all = assessments.findByProcessId(processId);
        Set<Long> assessed = all.stream().map(Assessment::getPrincipleId).collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Principle p : principles.findAllByOrderByPositionAsc()) {
            if (!p.isActive() && !assessed.contains(p.getId())) {
                continue;
            }
            Assessment organiser = all.stream().filter(a -> a.getPrincipleId() == p.getId() && a.getSide() == Side.ORGANISER)
                    .findFirst().orElse(null);
            List<Assessment> csos = all.stream().filter(a -> a.getPrincipleId() == p.getId() && a.getSide() == Side.CSO).toList();
            rows.add(new Row(p, organiser, csos));
        }
        List<Rating> organiserRatings = all.stream().filter(a -> a.getSide() == Side.ORGANISER).map(Assessment::getRating).toList();
        List<Rating> csoRatings = all.stream().filter(a -> a.getSide() == Side.CSO).map(Assessment::getRating).toList();
        return new Checklist(rows, PartnershipScore.of(organiserRatings), organiserRatings.size(),
                PartnershipScore.of(csoRatings), csoRatings.size(),
                all.stream().filter(a -> a.getSide() == Side.CSO).map(Assessment::getAssessorOrganisationId).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public List<Principle> activePrinciples() {
        return principles.findByActiveTrueOrderByPositionAsc();
    }

    @Transactional
    public void assessAsOrganiser(long processId, List<Entry> entries) {
        DialogueProcess p = processes.findToManage(processId);
        save(processId, Side.ORGANISER, p.getOrganisationId(), entries);
    }

    /** A CSO's view: its representative speaks for it, and only a CSO taking part in the process has one. */
    @Transactional
    public void assessAsCso(long processId, long organisationId, List<Entry> entries) {
        processes.find(processId);
        if (!DialogueAccessPolicy.mayActForOrganisation(access.actor(), organisationId)) {
            throw new AccessDeniedException("not a representative of organisation " + organisationId);
        }
        if (!participants.existsByProcessIdAndOrganisationId(processId, organisationId)) {
            throw new DialogueRuleException("dialogue.rule.checklist.notParticipant", "organisationId");
        }
        save(processId, Side.CSO, organisationId, entries);
    }

    private void save(long processId, Side side, long assessor, List<Entry> entries) {
        Map<Long, Principle> active = principles.findByActiveTrueOrderByPositionAsc().stream()
                .collect(Collectors.toMap(Principle::getId, p -> p));
        Instant now = Instant.now();
        for (Entry e : entries) {
            if (e.rating() == null) {
                continue;
            }
            if (!active.containsKey(e.principleId())) {
                throw new DialogueRuleException("dialogue.rule.checklist.principle");
            }
            Assessment a = assessments.findByProcessIdAndPrincipleIdAndSideAndAssessorOrganisationId(processId, e.principleId(), side, assessor)
                    .orElseGet(() -> new Assessment(processId, e.principleId(), side, assessor));
            Map<String, Object> before = a.getRating() == null ? null : a.auditValues();
            a.assess(e.rating(), e.note(), access.actorName(), now);
            a = assessments.save(a);
            audit.record("dialogue.checklist.assessed", "dialogue-process", processId, before, a.auditValues());
        }
    }
}

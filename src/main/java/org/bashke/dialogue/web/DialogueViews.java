package org.bashke.dialogue.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.dialogue.checklist.AssessChecklist;
import org.bashke.dialogue.checklist.Assessment;
import org.bashke.dialogue.checklist.DialogueAssessmentRepository;
import org.bashke.dialogue.checklist.PartnershipScore;
import org.bashke.dialogue.checklist.Side;
import org.bashke.dialogue.commitment.Commitment;
import org.bashke.dialogue.commitment.DialogueCommitmentRepository;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.DialogueInitiativeFileRepository;
import org.bashke.dialogue.initiative.Support;
import org.bashke.dialogue.initiative.DialogueSupportRepository;
import org.bashke.dialogue.initiative.SupporterKind;
import org.bashke.dialogue.process.Actor;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueAccessPolicy;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.Participant;
import org.bashke.dialogue.process.DialogueParticipantRepository;
import org.bashke.dialogue.process.ProcessStep;
import org.bashke.dialogue.process.DialogueStepRepository;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.followup.FollowUps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Puts together what the process and initiative pages show, for the public and for the organiser. */
@Component
public class DialogueViews {

    /** A commitment as shown: with the responsible institution's name and, when monitoring tracks it, its follow-up. */
    public record CommitmentView(Commitment commitment, String responsible, FollowUps.FollowUp followUp) {
    }

    /** A row of a list: the process and its organiser's partnership score (empty when nothing is assessed). */
    public record ProcessRow(DialogueProcess process, String organisation, String municipality, OptionalInt score) {
    }

    public record SupportView(Support support, String name) {
    }

    /** An institution's partnership score over all the processes it organised, by its own assessments. */
    public record InstitutionScore(long organisationId, String name, int score, long assessments) {
    }

    private final DialogueParticipantRepository participants;
    private final DialogueStepRepository steps;
    private final DialogueCommitmentRepository commitments;
    private final DialogueAssessmentRepository assessments;
    private final DialogueSupportRepository supports;
    private final DialogueInitiativeFileRepository initiativeFiles;
    private final AssessChecklist checklist;
    private final DialogueAccess access;
    private final DialogueNames names;
    private final FileStore fileStore;
    private final ObjectProvider<FollowUps> followUps;

    DialogueViews(DialogueParticipantRepository participants, DialogueStepRepository steps, DialogueCommitmentRepository commitments,
                  DialogueAssessmentRepository assessments, DialogueSupportRepository supports, DialogueInitiativeFileRepository initiativeFiles,
                  AssessChecklist checklist, DialogueAccess access, DialogueNames names, FileStore fileStore,
                  ObjectProvider<FollowUps> followUps) {
        this.participants = participants;
        this.steps = steps;
        this.commitments = commitments;
        this.assessments = assessments;
        this.supports = supports;
        this.initiativeFiles = initiativeFiles;
        this.checklist = checklist;
        this.access = access;
        this.names = names;
        this.fileStore = fileStore;
        this.followUps = followUps;
    }

    @Transactional(readOnly = true)
    public List<ProcessRow> rows(List<DialogueProcess> processes, Locale locale) {
        Map<Long, String> orgs = names.organisations(processes.stream().map(DialogueProcess::getOrganisationId).collect(Collectors.toSet()), locale);
        Map<String, String> municipalities = names.municipalities(locale);
        Map<Long, List<Assessment>> byProcess = processes.isEmpty() ? Map.of()
                : assessments.findByProcessIdInAndSide(processes.stream().map(DialogueProcess::getId).toList(), Side.ORGANISER)
                .stream().collect(Collectors.groupingBy(Assessment::getProcessId));
        return processes.stream().map(p -> new ProcessRow(p, orgs.getOrDefault(p.getOrganisationId(), ""),
                p.getMunicipalityCode() == null ? null : municipalities.get(p.getMunicipalityCode()),
                PartnershipScore.of(byProcess.getOrDefault(p.getId(), List.of()).stream().map(Assessment::getRating).toList())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<InstitutionScore> institutionScores(Locale locale) {
        Map<Long, Map<org.bashke.dialogue.checklist.Rating, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : assessments.ratingsByOrganisation(Side.ORGANISER)) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(org.bashke.dialogue.checklist.Rating.class))
                    .put((org.bashke.dialogue.checklist.Rating) row[1], (Long) row[2]);
        }
        Map<Long, String> orgNames = names.organisations(counts.keySet(), locale);
        return counts.entrySet().stream()
                .map(e -> new InstitutionScore(e.getKey(), orgNames.getOrDefault(e.getKey(), ""),
                        PartnershipScore.ofCounts(e.getValue()).orElse(0), e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .sorted(java.util.Comparator.comparing(InstitutionScore::name))
                .toList();
    }

    /** Everything the process page shows, for the public and (with forms) for its organiser. */
    @Transactional(readOnly = true)
    public void process(DialogueProcess p, Locale locale, Model model) {
        List<Participant> taking = participants.findByProcessIdOrderByAddedAtAsc(p.getId());
        List<Commitment> made = commitments.findByProcessIdOrderByMadeOnAscIdAsc(p.getId());
        AssessChecklist.Checklist list = checklist.checklist(p.getId());
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(p.getOrganisationId());
        taking.forEach(t -> orgIds.add(t.getOrganisationId()));
        made.forEach(c -> orgIds.add(c.getResponsibleOrganisationId()));
        orgIds.addAll(list.csoAssessors());
        Map<Long, String> orgNames = names.organisations(orgIds, locale);
        Actor actor = access.actor();
        Set<Long> participantIds = taking.stream().map(Participant::getOrganisationId).collect(Collectors.toSet());
        model.addAttribute("process", p);
        model.addAttribute("organisationName", orgNames.getOrDefault(p.getOrganisationId(), ""));
        model.addAttribute("municipalityName", p.getMunicipalityCode() == null ? null : names.municipalities(locale).get(p.getMunicipalityCode()));
        model.addAttribute("regionName", p.getRegionCode() == null ? null : names.regions(locale).get(p.getRegionCode()));
        model.addAttribute("participants", taking);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("steps", steps.findByProcessIdOrderByHeldOnAscIdAsc(p.getId()));
        model.addAttribute("checklist", list);
        model.addAttribute("commitments", commitmentViews(made, orgNames));
        model.addAttribute("canManage", DialogueAccessPolicy.mayManageProcess(actor, p.placement()));
        model.addAttribute("assessAs", actor.representativeOf().stream().filter(participantIds::contains).toList());
    }

    @Transactional(readOnly = true)
    public void initiative(Initiative i, boolean mayAnswer, Locale locale, Model model) {
        List<Support> behind = supports.findByInitiativeIdOrderBySupportedAtAsc(i.getId());
        List<Commitment> made = commitments.findByInitiativeIdOrderByMadeOnAscIdAsc(i.getId());
        Set<Long> orgIds = new HashSet<>(List.of(i.getOrganisationId(), i.getTargetOrganisationId()));
        behind.stream().filter(s -> s.getSupporterKind() == SupporterKind.CSO).forEach(s -> orgIds.add(s.getSupporterId()));
        made.forEach(c -> orgIds.add(c.getResponsibleOrganisationId()));
        Map<Long, String> orgNames = names.organisations(orgIds, locale);
        Map<Long, String> hubNames = names.hubList().stream()
                .collect(Collectors.toMap(h -> h.id(), h -> h.name().display(locale)));
        List<SupportView> supportViews = behind.stream().map(s -> new SupportView(s, switch (s.getSupporterKind()) {
            case CSO -> orgNames.getOrDefault(s.getSupporterId(), "");
            case HUB -> hubNames.getOrDefault(s.getSupporterId(), "");
            case SECRETARIAT -> null;
        })).toList();
        Actor actor = access.actor();
        Set<Long> supportingCsos = behind.stream().filter(s -> s.getSupporterKind() == SupporterKind.CSO)
                .map(Support::getSupporterId).collect(Collectors.toSet());
        List<Long> mayStillSupport = actor.representativeOf().stream()
                .filter(id -> id != i.getOrganisationId() && !supportingCsos.contains(id)).sorted().toList();
        boolean hubMaySupport = i.getHubCode() != null && actor.hubCoordinatorOf().contains(i.getHubCode())
                && behind.stream().noneMatch(s -> s.getSupporterKind() == SupporterKind.HUB);
        boolean secretariatMaySupport = actor.secretariat()
                && behind.stream().noneMatch(s -> s.getSupporterKind() == SupporterKind.SECRETARIAT);
        orgNames.putAll(names.organisations(mayStillSupport, locale));
        model.addAttribute("initiative", i);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("municipalityName", i.getMunicipalityCode() == null ? null : names.municipalities(locale).get(i.getMunicipalityCode()));
        model.addAttribute("supports", supportViews);
        model.addAttribute("csoSupportCount", supportingCsos.size());
        model.addAttribute("files", files(i.getId()));
        model.addAttribute("commitments", commitmentViews(made, orgNames));
        model.addAttribute("open", i.getStatus() == org.bashke.dialogue.initiative.InitiativeStatus.OPEN);
        model.addAttribute("supportAs", mayStillSupport);
        model.addAttribute("hubMaySupport", hubMaySupport);
        model.addAttribute("secretariatMaySupport", secretariatMaySupport);
        model.addAttribute("mayAnswer", mayAnswer);
    }

    public List<StoredFile> files(long initiativeId) {
        return fileStore.files(initiativeFiles.findByInitiativeId(initiativeId).stream().map(f -> f.getFileId()).toList());
    }

    private List<CommitmentView> commitmentViews(Collection<Commitment> made, Map<Long, String> orgNames) {
        FollowUps tracker = followUps.getIfAvailable();
        List<CommitmentView> views = new ArrayList<>();
        for (Commitment c : made) {
            Optional<FollowUps.FollowUp> followUp = tracker == null ? Optional.empty()
                    : tracker.followUp("dialogue", "commitment", c.getId());
            views.add(new CommitmentView(c, orgNames.getOrDefault(c.getResponsibleOrganisationId(), ""), followUp.orElse(null)));
        }
        return views;
    }
}

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
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.consultation.Consultations;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.shared.NotFoundException;
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

    /**
     * A commitment as shown: with the responsible institution's name and, when monitoring tracks it, its
     * follow-up and the CSO side's latest assessment of what was reported ({@code assessed}, or null).
     */
    public record CommitmentView(Commitment commitment, String responsible, FollowUps.FollowUp followUp, FollowUps.Report assessed) {
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
    private final ManageProcesses manage;
    private final DialogueProcessRepository processes;
    private final org.bashke.dialogue.initiative.DialogueInitiativeRepository initiatives;
    private final ObjectProvider<Consultations> consultations;

    DialogueViews(DialogueParticipantRepository participants, DialogueStepRepository steps, DialogueCommitmentRepository commitments,
                  DialogueAssessmentRepository assessments, DialogueSupportRepository supports, DialogueInitiativeFileRepository initiativeFiles,
                  AssessChecklist checklist, DialogueAccess access, DialogueNames names, FileStore fileStore,
                  ObjectProvider<FollowUps> followUps, ManageProcesses manage, DialogueProcessRepository processes,
                  org.bashke.dialogue.initiative.DialogueInitiativeRepository initiatives, ObjectProvider<Consultations> consultations) {
        this.manage = manage;
        this.processes = processes;
        this.initiatives = initiatives;
        this.consultations = consultations;
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
        model.addAttribute("documents", manage.documentsFor(p));
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
        Map<Support, String> supporterNames = new java.util.IdentityHashMap<>();
        supportViews.forEach(v -> supporterNames.put(v.support(), v.name()));
        model.addAttribute("timeline", InitiativeTimeline.of(i, orgNames.getOrDefault(i.getOrganisationId(), ""), behind,
                supporterNames::get, made, c -> c.getText().display(locale)));
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

    /** The municipalities by region, each with how many processes it has. */
    public record MunicipalityEntry(String code, String name, long processes) {
    }

    public record RegionEntry(String code, String name, List<MunicipalityEntry> municipalities) {
    }

    @Transactional(readOnly = true)
    public List<RegionEntry> municipalitiesByRegion(Locale locale) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : processes.countByMunicipality()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        Map<String, List<MunicipalityEntry>> byRegion = new java.util.LinkedHashMap<>();
        names.municipalityList().forEach(m -> byRegion.computeIfAbsent(m.regionCode(), k -> new ArrayList<>())
                .add(new MunicipalityEntry(m.code(), m.name().display(locale), counts.getOrDefault(m.code(), 0L))));
        return names.regionList().stream().filter(r -> byRegion.containsKey(r.code()))
                .map(r -> new RegionEntry(r.code(), r.name().display(locale), byRegion.get(r.code()))).toList();
    }

    /**
     * One municipality: its dialogue processes, the initiatives addressed to it, its consultations (municipal
     * acts) with this year's compliance figures, and the commitments made there with their follow-up.
     *
     * @throws NotFoundException when no municipality has this code
     */
    @Transactional(readOnly = true)
    public void municipality(String code, Locale locale, Model model) {
        MunicipalitySummary m = names.municipalityList().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", code));
        List<DialogueProcess> found = processes.findByMunicipalityCodeOrderByStartedOnDescIdDesc(code);
        List<Initiative> addressed = m.organisationId() == null ? List.of()
                : initiatives.search(null, null, null, m.organisationId(), null);
        List<Commitment> made = commitments.ofMunicipality(code, m.organisationId() == null ? -1L : m.organisationId());
        Set<Long> orgIds = new HashSet<>();
        made.forEach(c -> orgIds.add(c.getResponsibleOrganisationId()));
        addressed.forEach(i -> orgIds.add(i.getOrganisationId()));
        Map<Long, String> orgNames = names.organisations(orgIds, locale);
        Consultations held = consultations.getIfAvailable();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).getYear();
        model.addAttribute("municipality", m);
        model.addAttribute("municipalityName", m.name().display(locale));
        model.addAttribute("regionName", names.regions(locale).get(m.regionCode()));
        model.addAttribute("rows", rows(found, locale));
        model.addAttribute("initiatives", addressed);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("consultations", held == null || m.organisationId() == null ? List.of() : held.ofInstitution(m.organisationId()));
        model.addAttribute("compliance", held == null || m.organisationId() == null ? null : held.compliance(m.organisationId(), year));
        model.addAttribute("year", year);
        model.addAttribute("commitments", commitmentViews(made, orgNames));
    }

    /** A commitment's trail: where it was said, the commitment, what was reported with evidence, the status. */
    public record Trail(Commitment commitment, String responsible, DialogueProcess process, ProcessStep step, Initiative initiative,
                        FollowUps.FollowUp followUp, List<ReportView> reports) {
    }

    /** A progress report with its day in Kosovo. */
    public record ReportView(FollowUps.Report report, java.time.LocalDate on) {
    }

    @Transactional(readOnly = true)
    public void trail(long commitmentId, Locale locale, Model model) {
        Commitment c = commitments.findById(commitmentId).orElseThrow(() -> new NotFoundException("dialogue commitment", commitmentId));
        DialogueProcess p = c.getProcessId() == null ? null : processes.findById(c.getProcessId()).orElse(null);
        ProcessStep step = c.getStepId() == null ? null : steps.findById(c.getStepId()).orElse(null);
        Initiative i = c.getInitiativeId() == null ? null : initiatives.findById(c.getInitiativeId()).orElse(null);
        FollowUps tracker = followUps.getIfAvailable();
        Map<Long, String> orgNames = names.organisations(List.of(c.getResponsibleOrganisationId()), locale);
        model.addAttribute("trail", new Trail(c, orgNames.getOrDefault(c.getResponsibleOrganisationId(), ""), p, step, i,
                tracker == null ? null : tracker.followUp("dialogue", "commitment", c.getId()).orElse(null),
                tracker == null ? List.of() : tracker.reports("dialogue", "commitment", c.getId()).stream()
                        .map(r -> new ReportView(r, r.reportedAt() == null ? null
                                : r.reportedAt().atZone(java.time.ZoneId.of("Europe/Belgrade")).toLocalDate())).toList()));
        String municipalityCode = p != null ? p.getMunicipalityCode() : i != null ? i.getMunicipalityCode() : null;
        model.addAttribute("municipalityCode", municipalityCode);
        model.addAttribute("municipalityName", municipalityCode == null ? null : names.municipalities(locale).get(municipalityCode));
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
            FollowUps.Report assessed = followUp.isEmpty() ? null : tracker.reports("dialogue", "commitment", c.getId()).stream()
                    .filter(r -> r.verdictLabelKey() != null).reduce((a, b) -> b).orElse(null);
            views.add(new CommitmentView(c, orgNames.getOrDefault(c.getResponsibleOrganisationId(), ""), followUp.orElse(null), assessed));
        }
        return views;
    }
}

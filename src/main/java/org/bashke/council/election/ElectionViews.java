package org.bashke.council.election;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.council.BodySummary;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the election pages show, with names in the reader's language. */
@Service
public class ElectionViews {

    public record Row(long id, String title, String bodyName, ElectionKind kind, ElectionStatus status, int seats,
                      LocalDate candidacyDeadline, LocalDate votingClosesOn) {
    }

    /** {@code number}: the candidate number the count and the lot use (the candidacy id). */
    public record CandidateView(long number, String name, String organisationName, long organisationId, String motivation,
                                CandidacyStatus status, String rejectionReason, List<StoredFile> documents) {
    }

    public record ResultView(int position, long number, String name, String organisationName, int votes, String lotKey,
                             boolean tied, boolean elected, boolean seated, LocalDate seatedOn) {
    }

    public record BallotView(String id, List<Long> choices) {
    }

    public record VoterView(long organisationId, String organisationName, boolean voted) {
    }

    public record Page(Election election, String title, String callText, String bodyName, List<CandidateView> candidates,
                       List<ResultView> results, boolean inspectionOpen, List<BallotView> ballots, long ballotsCast,
                       List<VoterView> voters) {

        public long votedCount() {
            return voters.stream().filter(VoterView::voted).count();
        }
    }

    private final ElectionRepository elections;
    private final CandidacyRepository candidacies;
    private final VoterRepository voters;
    private final BallotRepository ballots;
    private final ElectionResultRepository results;
    private final Membership membership;
    private final Directory directory;
    private final FileStore files;

    ElectionViews(ElectionRepository elections, CandidacyRepository candidacies, VoterRepository voters, BallotRepository ballots,
                  ElectionResultRepository results, Membership membership, Directory directory, FileStore files) {
        this.elections = elections;
        this.candidacies = candidacies;
        this.voters = voters;
        this.ballots = ballots;
        this.results = results;
        this.membership = membership;
        this.directory = directory;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public List<Row> list(Locale locale) {
        Map<Long, String> bodies = membership.bodies().stream()
                .collect(Collectors.toMap(BodySummary::id, b -> b.name().display(locale), (a, b) -> a));
        return elections.findAllByOrderByIdDesc().stream().map(e -> new Row(e.getId(), e.getTitle().display(locale),
                bodies.getOrDefault(e.getBodyId(), ""), e.getKind(), e.getStatus(), e.getSeats(), e.getCandidacyDeadline(),
                e.getVotingClosesOn())).toList();
    }

    /**
     * The election's page. Ballots are shown, anonymised, while they are open for inspection; the
     * secretariat ({@code staff}) keeps seeing them afterwards, since they are kept for inspection.
     */
    @Transactional(readOnly = true)
    public Page page(long id, Locale locale, boolean staff) {
        Election e = elections.findById(id).orElseThrow(() -> new org.bashke.shared.NotFoundException("election", id));
        List<Candidacy> all = candidacies.findByElectionIdOrderByIdAsc(id);
        List<Voter> roll = voters.findByElectionIdOrderByIdAsc(id);
        Set<Long> organisationIds = new HashSet<>();
        all.forEach(c -> organisationIds.add(c.getOrganisationId()));
        roll.forEach(v -> organisationIds.add(v.getOrganisationId()));
        Map<Long, String> names = directory.organisations(organisationIds).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale)));
        Map<Long, StoredFile> documents = files.files(all.stream().flatMap(c -> c.getDocumentIds().stream()).toList()).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity(), (a, b) -> a));
        List<CandidateView> candidates = all.stream().map(c -> new CandidateView(c.getId(), c.getCandidateName(),
                names.getOrDefault(c.getOrganisationId(), ""), c.getOrganisationId(), c.getMotivation(), c.getStatus(),
                c.getRejectionReason(), c.getDocumentIds().stream().map(documents::get).filter(java.util.Objects::nonNull).toList())).toList();
        Map<Long, Candidacy> byId = all.stream().collect(Collectors.toMap(Candidacy::getId, Function.identity()));
        List<ResultView> ranked = results.findByElectionIdOrderByPositionAsc(id).stream().map(r -> {
            Candidacy c = byId.get(r.getCandidacyId());
            return new ResultView(r.getPosition(), r.getCandidacyId(), c.getCandidateName(), names.getOrDefault(c.getOrganisationId(), ""),
                    r.getVotes(), r.getLotKey(), r.isTied(), r.isElected(), r.isSeated(), r.getSeatedOn());
        }).toList();
        boolean inspectionOpen = e.ballotsOpenForInspection(ManageElections.today());
        List<BallotView> shown = e.counted() && (inspectionOpen || staff)
                ? ballots.findByElectionIdOrderByIdAsc(id).stream().map(b -> new BallotView(b.getId(), List.copyOf(b.getChoices()))).toList()
                : List.of();
        List<VoterView> roster = roll.stream().map(v -> new VoterView(v.getOrganisationId(), names.getOrDefault(v.getOrganisationId(), ""),
                v.hasVoted())).sorted(Comparator.comparing(VoterView::organisationName)).toList();
        String bodyName = membership.body(e.getBodyId()).map(b -> b.name().display(locale)).orElse("");
        return new Page(e, e.getTitle().display(locale), e.getCallText().display(locale), bodyName, candidates, ranked,
                inspectionOpen, shown, e.counted() || staff ? ballots.countByElectionId(id) : 0, roster);
    }

    /** Whether the file is a document of a candidacy in this election (so that it may be served from its page). */
    @Transactional(readOnly = true)
    public boolean isCandidacyDocument(long electionId, long fileId) {
        return candidacies.findByElectionIdOrderByIdAsc(electionId).stream().anyMatch(c -> c.getDocumentIds().contains(fileId));
    }

    /** The stored ballots, in the order of their random ids, for the public file anyone can recount from. */
    @Transactional(readOnly = true)
    public List<BallotView> ballotsForInspection(long electionId, boolean staff) {
        Election e = elections.findById(electionId).orElseThrow(() -> new org.bashke.shared.NotFoundException("election", electionId));
        if (!e.counted() || !(staff || e.ballotsOpenForInspection(ManageElections.today()))) {
            throw new org.bashke.shared.NotFoundException("ballots", electionId);
        }
        return ballots.findByElectionIdOrderByIdAsc(electionId).stream()
                .map(b -> new BallotView(b.getId(), List.copyOf(b.getChoices()))).toList();
    }
}

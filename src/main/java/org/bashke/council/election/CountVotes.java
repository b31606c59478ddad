package org.bashke.council.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.body.Membership;
import org.bashke.council.body.SeatRuleBroken;
import org.bashke.council.body.Side;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public count and what follows it: rank the candidates (ties by lot from a seed drawn now and
 * published), open the ballots for inspection, seat the winners once inspection ends, and later fill a
 * vacated seat with the next candidate on the list.
 */
@Service
public class CountVotes {

    private final ManageElections manage;
    private final CandidacyRepository candidacies;
    private final BallotRepository ballots;
    private final ElectionResultRepository results;
    private final ElectionAccess access;
    private final Membership membership;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CountVotes(ManageElections manage, CandidacyRepository candidacies, BallotRepository ballots, ElectionResultRepository results,
               ElectionAccess access, Membership membership, AuditLog audit, ApplicationEventPublisher events) {
        this.manage = manage;
        this.candidacies = candidacies;
        this.ballots = ballots;
        this.results = results;
        this.access = access;
        this.membership = membership;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<ElectionCount.Ranked> count(long electionId) {
        access.requireSecretariat();
        Election e = manage.find(electionId);
        Map<String, Object> before = e.auditValues();
        String seed = ElectionCount.drawSeed();
        e.recordCount(seed, ManageElections.today(), Instant.now());
        List<ElectionCount.Ranked> ranked = recount(e);
        ranked.forEach(r -> results.save(new ElectionResult(electionId, r)));
        Map<String, Object> after = new LinkedHashMap<>(e.auditValues());
        after.put("ballots", ballots.countByElectionId(electionId));
        after.put("ranking", ranked.stream().map(r -> Map.of("candidacyId", r.candidacyId(), "votes", r.votes(),
                "position", r.position())).toList());
        audit.record("council.election.counted", "election", electionId, before, after);
        events.publishEvent(ElectionSearchRecord.of(e));
        List<Long> candidates = candidacies.findByElectionIdOrderByIdAsc(electionId).stream()
                .filter(Candidacy::onBallot).map(Candidacy::getCandidateAccountId).toList();
        manage.tell(candidates, "council-election/results", e, Map.of());
        return ranked;
    }

    /** The count from the stored ballots and the published seed: what anyone re-checking must get. */
    @Transactional(readOnly = true)
    public List<ElectionCount.Ranked> recount(Election e) {
        List<Long> onBallot = candidacies.findByElectionIdOrderByIdAsc(e.getId()).stream().filter(Candidacy::onBallot)
                .map(Candidacy::getId).toList();
        List<Set<Long>> cast = ballots.findByElectionIdOrderByIdAsc(e.getId()).stream().map(Ballot::getChoices).toList();
        return ElectionCount.count(onBallot, cast, e.getSeed(), e.getSeats());
    }

    /** Seats every elected candidate in the term, for their organisation; all or none. */
    @Transactional
    public void seatWinners(long electionId) {
        access.requireSecretariat();
        Election e = manage.find(electionId);
        Map<String, Object> before = e.auditValues();
        LocalDate today = ManageElections.today();
        e.conclude(today, Instant.now());
        LocalDate from = e.getSeatsFrom().isAfter(today) ? e.getSeatsFrom() : today;
        for (ElectionResult r : results.findByElectionIdOrderByPositionAsc(electionId)) {
            if (r.isElected()) {
                seat(e, r, from, "council.election.seat.note.elected");
            }
        }
        audit.record("council.election.concluded", "election", electionId, before, e.auditValues());
        events.publishEvent(ElectionSearchRecord.of(e));
    }

    /** A seat won in this election was vacated: the next candidate on the ranked list who holds no seat takes it. */
    @Transactional
    public long fillVacancyFromList(long electionId) {
        access.requireSecretariat();
        Election e = manage.find(electionId);
        if (e.getStatus() != ElectionStatus.CONCLUDED) {
            throw new ElectionRuleBroken("council-election.rule.status.CONCLUDED");
        }
        ElectionResult next = results.findByElectionIdOrderByPositionAsc(electionId).stream()
                .filter(r -> !r.isElected() && !r.isSeated()).findFirst()
                .orElseThrow(() -> new ElectionRuleBroken("council-election.rule.vacancy.listExhausted"));
        LocalDate today = ManageElections.today();
        long seatId = seat(e, next, e.getSeatsFrom().isAfter(today) ? e.getSeatsFrom() : today,
                "council.election.seat.note.fromList");
        audit.record("council.election.vacancy-filled", "election", electionId, null,
                Map.of("candidacyId", next.getCandidacyId(), "position", next.getPosition(), "seatId", seatId));
        return seatId;
    }

    private long seat(Election e, ElectionResult r, LocalDate from, String noteKey) {
        Candidacy c = candidacies.findById(r.getCandidacyId()).orElseThrow();
        long seatId;
        try {
            // the note is kept on the seat as a plain reference to this election's public page
            seatId = membership.seat(e.getTermId(), Side.CIVIL_SOCIETY, c.getCandidateAccountId(), c.getOrganisationId(), from,
                    "/council/elections/" + e.getId() + " (" + noteKey.substring(noteKey.lastIndexOf('.') + 1) + ")");
        } catch (SeatRuleBroken broken) {
            throw new ElectionRuleBroken(broken.messageKey());
        }
        r.seated(seatId, from);
        return seatId;
    }
}

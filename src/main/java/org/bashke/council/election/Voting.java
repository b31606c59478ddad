package org.bashke.council.election;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.council.VotingRights;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's part in the vote, through its representative: asking to vote before the
 * registration deadline, and casting its one ballot while voting is open.
 */
@Service
public class Voting {

    private final ManageElections manage;
    private final CandidacyRepository candidacies;
    private final VoterRepository voters;
    private final BallotRepository ballots;
    private final ElectionAccess access;
    private final Directory directory;
    private final AuditLog audit;
    private final List<VotingRights> rights;

    Voting(ManageElections manage, CandidacyRepository candidacies, VoterRepository voters, BallotRepository ballots,
           ElectionAccess access, Directory directory, AuditLog audit, List<VotingRights> rights) {
        this.rights = rights;
        this.manage = manage;
        this.candidacies = candidacies;
        this.voters = voters;
        this.ballots = ballots;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    public void register(long electionId, long organisationId) {
        access.requireRepresentative(organisationId);
        Election e = manage.find(electionId);
        if (!e.acceptsRegistrations(ManageElections.today())) {
            throw new ElectionRuleBroken("council-election.rule.registration.closed");
        }
        requireActiveCso(organisationId);
        requireVotingRights(e, organisationId);
        if (voters.findByElectionIdAndOrganisationId(electionId, organisationId).isPresent()) {
            throw new ElectionRuleBroken("council-election.rule.registration.already");
        }
        Voter v = voters.save(new Voter(electionId, organisationId, access.accountId(), Instant.now()));
        audit.record("council.election.voter.registered", "election-voter", v.getId(), null,
                Map.of("electionId", electionId, "organisationId", organisationId));
    }

    /**
     * Casts the organisation's ballot. The roll records that the organisation voted; the ballot, saved
     * apart, records only the choices. The audit entry names the organisation, never the choices.
     */
    @Transactional
    public void cast(long electionId, long organisationId, Collection<Long> choices) {
        access.requireRepresentative(organisationId);
        Election e = manage.find(electionId);
        if (!e.acceptsBallots(ManageElections.today())) {
            throw new ElectionRuleBroken("council-election.rule.ballot.closed");
        }
        requireVotingRights(e, organisationId);
        Voter voter = rollEntry(e, organisationId);
        Set<Long> onBallot = candidacies.findByElectionIdOrderByIdAsc(electionId).stream().filter(Candidacy::onBallot)
                .map(Candidacy::getId).collect(Collectors.toSet());
        Set<Long> chosen = BallotRules.check(e.getSeats(), onBallot, choices);
        voter.markVoted(Instant.now());
        voters.saveAndFlush(voter);
        ballots.save(new Ballot(electionId, chosen));
        audit.record("council.election.ballot.cast", "election-voter", voter.getId(), null,
                Map.of("electionId", electionId, "organisationId", organisationId));
    }

    /** Whether the organisation is on the roll (or may join it at the ballot box) and has not voted yet. */
    @Transactional(readOnly = true)
    public Optional<Voter> voter(long electionId, long organisationId) {
        return voters.findByElectionIdAndOrganisationId(electionId, organisationId);
    }

    private Voter rollEntry(Election e, long organisationId) {
        Optional<Voter> registered = voters.findByElectionIdAndOrganisationId(e.getId(), organisationId);
        if (registered.isPresent()) {
            return registered.get();
        }
        if (e.getEligibility() == EligibilityRule.REGISTERED) {
            throw new ElectionRuleBroken("council-election.rule.ballot.notEligible");
        }
        requireActiveCso(organisationId);
        return voters.save(new Voter(e.getId(), organisationId, access.accountId(), Instant.now()));
    }

    /** What other modules say about the organisation's vote in this body (CiviKos's code of conduct, for one). */
    private void requireVotingRights(Election e, long organisationId) {
        for (VotingRights r : rights) {
            r.refusal(e.getBodyId(), organisationId).ifPresent(key -> {
                throw new ElectionRuleBroken(key);
            });
        }
    }

    private void requireActiveCso(long organisationId) {
        if (directory.organisation(organisationId).filter(o -> o.type() == OrganisationType.CSO && !o.archived()).isEmpty()) {
            throw new ElectionRuleBroken("council-election.rule.ballot.notEligible");
        }
    }
}

package org.bashke.council.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation on the election's roll, and whether it has voted: the public record of who voted,
 * kept apart from the ballots, which name no one. The version guards "one ballot per organisation"
 * when two of its representatives vote at the same moment.
 */
@Entity(name = "CouncilElectionVoter")
@Table(name = "council_election_voter")
public class Voter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id")
    private long electionId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "registered_by")
    private long registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "voted_at")
    private Instant votedAt;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Voter() {
    }

    public Voter(long electionId, long organisationId, long registeredBy, Instant now) {
        this.electionId = electionId;
        this.organisationId = organisationId;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    /** One ballot per organisation. */
    public void markVoted(Instant now) {
        if (votedAt != null) {
            throw new ElectionRuleBroken("council-election.rule.ballot.alreadyCast");
        }
        votedAt = now;
    }

    public boolean hasVoted() {
        return votedAt != null;
    }

    public Long getId() { return id; }
    public long getElectionId() { return electionId; }
    public long getOrganisationId() { return organisationId; }
    public long getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getVotedAt() { return votedAt; }
}

package org.bashke.council.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A secret ballot: a random id and the candidacies chosen. It carries no organisation, person or time,
 * and its id follows no sequence, so it cannot be matched with the roll of who voted.
 */
@Entity(name = "CouncilElectionBallot")
@Table(name = "council_election_ballot")
public class Ballot {

    @Id
    private String id;

    @Column(name = "election_id")
    private long electionId;

    @ElementCollection
    @CollectionTable(name = "council_election_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "candidacy_id")
    private Set<Long> choices = new TreeSet<>();

    protected Ballot() {
    }

    public Ballot(long electionId, Set<Long> choices) {
        this.id = UUID.randomUUID().toString();
        this.electionId = electionId;
        this.choices = new TreeSet<>(choices);
    }

    public String getId() { return id; }
    public long getElectionId() { return electionId; }
    public Set<Long> getChoices() { return new TreeSet<>(choices); }
}

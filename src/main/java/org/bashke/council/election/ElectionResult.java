package org.bashke.council.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One line of the ranked list the count produced; later lines serve by-elections for vacated seats. */
@Entity(name = "CouncilElectionResult")
@Table(name = "council_election_result")
public class ElectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id")
    private long electionId;
    @Column(name = "candidacy_id")
    private long candidacyId;
    private int position;
    private int votes;
    @Column(name = "lot_key")
    private String lotKey;
    private boolean tied;
    private boolean elected;
    @Column(name = "seat_id")
    private Long seatId;
    @Column(name = "seated_on")
    private LocalDate seatedOn;

    protected ElectionResult() {
    }

    public ElectionResult(long electionId, ElectionCount.Ranked ranked) {
        this.electionId = electionId;
        this.candidacyId = ranked.candidacyId();
        this.position = ranked.position();
        this.votes = ranked.votes();
        this.lotKey = ranked.lotKey();
        this.tied = ranked.tied();
        this.elected = ranked.elected();
    }

    public void seated(long seatId, LocalDate on) {
        if (this.seatId != null) {
            throw new ElectionRuleBroken("council-election.rule.seat.alreadySeated");
        }
        this.seatId = seatId;
        this.seatedOn = on;
    }

    public boolean isSeated() {
        return seatId != null;
    }

    public Long getId() { return id; }
    public long getElectionId() { return electionId; }
    public long getCandidacyId() { return candidacyId; }
    public int getPosition() { return position; }
    public int getVotes() { return votes; }
    public String getLotKey() { return lotKey; }
    public boolean isTied() { return tied; }
    public boolean isElected() { return elected; }
    public Long getSeatId() { return seatId; }
    public LocalDate getSeatedOn() { return seatedOn; }
}

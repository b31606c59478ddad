package org.bashke.network.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A member organisation's seat on the Board for one term, held by a named person. */
@Entity(name = "NetworkBoardMandate")
@Table(name = "network_board_mandate")
public class BoardMandate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "term_number")
    private int termNumber;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected BoardMandate() {
    }

    public BoardMandate(String personName, long organisationId, int termNumber, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.personName = personName.strip();
        this.organisationId = organisationId;
        this.termNumber = termNumber;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public String getPersonName() { return personName; }
    public long getOrganisationId() { return organisationId; }
    public int getTermNumber() { return termNumber; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}

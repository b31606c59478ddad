package org.bashke.council.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seat of a term held by one person for an organisation, from {@code since} up to (not including)
 * {@code vacatedOn}. A vacated seat stays as history; the next holder gets a new seat. Changes go
 * through {@link Term}, which knows the rules that span seats.
 */
@Entity(name = "CouncilSeat")
@Table(name = "council_seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;
    @Enumerated(EnumType.STRING)
    private Side side;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "substitute_account_id")
    private Long substituteAccountId;
    @Enumerated(EnumType.STRING)
    private Office office;
    @Column(name = "since_on")
    private LocalDate since;
    @Column(name = "vacated_on")
    private LocalDate vacatedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "vacancy_reason")
    private VacancyReason vacancyReason;
    @Column(name = "vacancy_note")
    private String vacancyNote;
    private String note;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    @Column(name = "opt_version")
    private long version;

    protected Seat() {
    }

    Seat(Term term, Side side, long accountId, Long organisationId, LocalDate since, String note, Instant now) {
        this.term = term;
        this.side = side;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.since = since;
        this.note = blankToNull(note);
        this.createdAt = now;
    }

    /** Held on the day: begun, and not yet vacated. */
    public boolean heldOn(LocalDate day) {
        return !since.isAfter(day) && (vacatedOn == null || day.isBefore(vacatedOn));
    }

    /** Held on the day or on any later day: the seats a new seat from {@code day} would sit beside. */
    public boolean heldOnOrAfter(LocalDate day) {
        return vacatedOn == null || day.isBefore(vacatedOn);
    }

    public boolean isVacated() {
        return vacatedOn != null;
    }

    void substitute(Long accountId) {
        this.substituteAccountId = accountId;
    }

    void office(Office office) {
        this.office = office;
    }

    void vacate(LocalDate on, VacancyReason reason, String note) {
        this.vacatedOn = on;
        this.vacancyReason = reason;
        this.vacancyNote = blankToNull(note);
        // an office or a substitute ends with the seat
        this.office = null;
        this.substituteAccountId = null;
    }

    public SeatHolder holder() {
        return new SeatHolder(id, term.getId(), side, accountId, organisationId, substituteAccountId,
                office == null ? null : office.name(), since);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("termId", term.getId());
        v.put("side", side);
        v.put("accountId", accountId);
        v.put("organisationId", organisationId);
        v.put("substituteAccountId", substituteAccountId);
        v.put("office", office);
        v.put("since", since);
        v.put("vacatedOn", vacatedOn);
        v.put("vacancyReason", vacancyReason);
        v.put("vacancyNote", vacancyNote);
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Term getTerm() { return term; }
    public Side getSide() { return side; }
    public long getAccountId() { return accountId; }
    public Long getOrganisationId() { return organisationId; }
    public Long getSubstituteAccountId() { return substituteAccountId; }
    public Office getOffice() { return office; }
    public LocalDate getSince() { return since; }
    public LocalDate getVacatedOn() { return vacatedOn; }
    public VacancyReason getVacancyReason() { return vacancyReason; }
    public String getVacancyNote() { return vacancyNote; }
    public String getNote() { return note; }
}

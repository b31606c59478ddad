package org.bashke.council.body;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mandate of a body: its dates, the seats it provides per side, and the seats held in it. The seat
 * rules live here because each of them looks across the term's seats:
 * <ul>
 *   <li>a term never holds more seats per side than its quota (counting every seat held on the new seat's
 *       first day or later);</li>
 *   <li>a person holds at most one seat per body at a time (terms of a body never overlap, so the term's
 *       seats are the body's seats at any time within it);</li>
 *   <li>a substitute is never the seat holder, nor holds a seat of the body while substituting;</li>
 *   <li>one holder of each office at a time.</li>
 * </ul>
 * Vacating keeps the seat as history.
 */
@Entity(name = "CouncilTerm")
@Table(name = "council_term")
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id")
    private long bodyId;
    private String label;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "government_seats")
    private int governmentSeats;
    @Column(name = "civil_society_seats")
    private int civilSocietySeats;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    @Column(name = "opt_version")
    private long version;
    @OneToMany(mappedBy = "term", cascade = CascadeType.ALL)
    @OrderBy("since ASC, id ASC")
    private List<Seat> seats = new ArrayList<>();

    protected Term() {
    }

    public Term(long bodyId, String label, LocalDate startsOn, LocalDate endsOn, int governmentSeats, int civilSocietySeats,
                Instant now) {
        this.bodyId = bodyId;
        this.createdAt = now;
        define(label, startsOn, endsOn, governmentSeats, civilSocietySeats);
    }

    /** Changes dates and quotas; a quota cannot drop below the seats already held on that side. */
    public void define(String label, LocalDate startsOn, LocalDate endsOn, int governmentSeats, int civilSocietySeats) {
        if (label == null || label.isBlank()) {
            throw new SeatRuleBroken("council.rule.term.labelRequired");
        }
        if (startsOn == null) {
            throw new SeatRuleBroken("council.rule.term.startRequired");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new SeatRuleBroken("council.rule.term.endBeforeStart");
        }
        if (governmentSeats < 0 || civilSocietySeats < 0 || governmentSeats + civilSocietySeats == 0
                || governmentSeats > 500 || civilSocietySeats > 500) {
            throw new SeatRuleBroken("council.rule.term.quota");
        }
        for (Seat s : seats) {
            if (s.getSince().isBefore(startsOn) || (endsOn != null && s.getSince().isAfter(endsOn))) {
                throw new SeatRuleBroken("council.rule.term.seatsOutside");
            }
        }
        if (maxHeldAtOnce(Side.GOVERNMENT) > governmentSeats || maxHeldAtOnce(Side.CIVIL_SOCIETY) > civilSocietySeats) {
            throw new SeatRuleBroken("council.rule.term.quotaBelowSeats");
        }
        this.label = label.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.governmentSeats = governmentSeats;
        this.civilSocietySeats = civilSocietySeats;
    }

    public int quota(Side side) {
        return side == Side.GOVERNMENT ? governmentSeats : civilSocietySeats;
    }

    /** Seats of the side not taken from the day on: a new seat from that day fits while this is above 0. */
    public int vacancies(Side side, LocalDate from) {
        long taken = seats.stream().filter(s -> s.getSide() == side && s.heldOnOrAfter(from)).count();
        return (int) Math.max(0, quota(side) - taken);
    }

    public int seatsProvided() {
        return governmentSeats + civilSocietySeats;
    }

    public boolean inForceOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether two terms share a day (a body's terms must not). */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || !startsOn.isAfter(otherEnd);
        boolean otherStartsBeforeThisEnds = endsOn == null || !otherStart.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Seats a person for an organisation from a day within the term.
     *
     * @throws SeatRuleBroken {@code council.rule.seat.quotaFull}, {@code council.rule.seat.alreadySeated},
     *                        {@code council.rule.seat.isSubstitute}, {@code council.rule.seat.outsideTerm}
     */
    public Seat seat(Side side, long accountId, Long organisationId, LocalDate from, String note, Instant now) {
        if (side == null) {
            throw new SeatRuleBroken("council.rule.seat.sideRequired");
        }
        if (from == null || !inForceOn(from)) {
            throw new SeatRuleBroken("council.rule.seat.outsideTerm");
        }
        if (vacancies(side, from) == 0) {
            throw new SeatRuleBroken("council.rule.seat.quotaFull");
        }
        if (seats.stream().anyMatch(s -> s.getAccountId() == accountId && s.heldOnOrAfter(from))) {
            throw new SeatRuleBroken("council.rule.seat.alreadySeated");
        }
        if (seats.stream().anyMatch(s -> Objects.equals(s.getSubstituteAccountId(), accountId) && s.heldOnOrAfter(from))) {
            throw new SeatRuleBroken("council.rule.seat.isSubstitute");
        }
        Seat seat = new Seat(this, side, accountId, organisationId, from, note, now);
        seats.add(seat);
        return seat;
    }

    /** Names (or, with null, removes) the person who may sit in the seat holder's place. */
    public void substitute(Seat held, Long substituteAccountId) {
        Seat seat = current(held);
        if (substituteAccountId != null) {
            if (substituteAccountId == seat.getAccountId()) {
                throw new SeatRuleBroken("council.rule.substitute.isHolder");
            }
            if (seats.stream().anyMatch(s -> s.getAccountId() == substituteAccountId && s.heldOnOrAfter(seat.getSince()))) {
                throw new SeatRuleBroken("council.rule.substitute.holdsSeat");
            }
        }
        seat.substitute(substituteAccountId);
    }

    /** Gives the seat's holder an office (or, with null, takes it away); one holder of each office at a time. */
    public void office(Seat held, Office office) {
        Seat seat = current(held);
        if (office != null && seats.stream().anyMatch(s -> s != seat && s.getOffice() == office && !s.isVacated())) {
            throw new SeatRuleBroken("council.rule.office.taken");
        }
        seat.office(office);
    }

    /** Ends a seat on a day (the first day it is no longer held); the seat stays as history. */
    public void vacate(Seat held, LocalDate on, VacancyReason reason, String note) {
        Seat seat = current(held);
        if (reason == null) {
            throw new SeatRuleBroken("council.rule.vacate.reasonRequired");
        }
        if (on == null || on.isBefore(seat.getSince())) {
            throw new SeatRuleBroken("council.rule.vacate.date");
        }
        seat.vacate(on, reason, note);
    }

    private Seat current(Seat seat) {
        if (seat == null || !seats.contains(seat)) {
            throw new SeatRuleBroken("council.rule.seat.unknown");
        }
        if (seat.isVacated()) {
            throw new SeatRuleBroken("council.rule.seat.vacated");
        }
        return seat;
    }

    public Optional<Seat> seatById(long seatId) {
        return seats.stream().filter(s -> Objects.equals(s.getId(), seatId)).findFirst();
    }

    /** Seats held on the day. */
    public List<Seat> heldOn(LocalDate day) {
        return seats.stream().filter(s -> s.heldOn(day)).toList();
    }

    /** The most seats of one side ever held at the same time — what a new quota must allow. */
    private int maxHeldAtOnce(Side side) {
        int max = 0;
        for (Seat s : seats) {
            if (s.getSide() != side) {
                continue;
            }
            LocalDate day = s.getSince();
            int held = (int) seats.stream().filter(o -> o.getSide() == side && o.heldOn(day)).count();
            max = Math.max(max, held);
        }
        return max;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bodyId", bodyId);
        v.put("label", label);
        v.put("startsOn", startsOn);
        v.put("endsOn", endsOn);
        v.put("governmentSeats", governmentSeats);
        v.put("civilSocietySeats", civilSocietySeats);
        return v;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public String getLabel() { return label; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getGovernmentSeats() { return governmentSeats; }
    public int getCivilSocietySeats() { return civilSocietySeats; }
    public List<Seat> getSeats() { return List.copyOf(seats); }
}

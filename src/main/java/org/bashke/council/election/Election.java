package org.bashke.council.election;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/**
 * The election of the CSO members of one term of a body (or a by-election for vacated seats). Its
 * status moves only forward, through the methods below; each names the rule it keeps.
 */
@Entity(name = "CouncilElection")
@Table(name = "council_election")
public class Election {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id")
    private long bodyId;
    @Column(name = "term_id")
    private long termId;

    @Enumerated(EnumType.STRING)
    private ElectionKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "call_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "call_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "call_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "call_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "call_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "call_en_status"))})
    private LocalizedText callText;

    private int seats;
    @Column(name = "candidacy_deadline")
    private LocalDate candidacyDeadline;
    @Enumerated(EnumType.STRING)
    private EligibilityRule eligibility;
    @Column(name = "registration_deadline")
    private LocalDate registrationDeadline;
    @Column(name = "voting_closes_on")
    private LocalDate votingClosesOn;
    @Column(name = "seats_from")
    private LocalDate seatsFrom;
    @Column(name = "inspection_days")
    private int inspectionDays;

    @Enumerated(EnumType.STRING)
    private ElectionStatus status;

    @Column(name = "voting_opened_at")
    private Instant votingOpenedAt;
    @Column(name = "voting_closed_at")
    private Instant votingClosedAt;
    private String seed;
    @Column(name = "counted_at")
    private Instant countedAt;
    @Column(name = "counted_on")
    private LocalDate countedOn;
    @Column(name = "concluded_at")
    private Instant concludedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Election() {
    }

    public Election(long bodyId, long termId, ElectionKind kind, LocalizedText title, LocalizedText callText, int seats,
                    LocalDate candidacyDeadline, EligibilityRule eligibility, LocalDate registrationDeadline,
                    LocalDate votingClosesOn, LocalDate seatsFrom, int inspectionDays, LocalDate today, Instant now) {
        if (seats < 1) {
            throw new ElectionRuleBroken("council-election.rule.seats.positive");
        }
        if (candidacyDeadline.isBefore(today)) {
            throw new ElectionRuleBroken("council-election.rule.deadline.past");
        }
        if (votingClosesOn.isBefore(candidacyDeadline)) {
            throw new ElectionRuleBroken("council-election.rule.closes.beforeDeadline");
        }
        if (eligibility == EligibilityRule.REGISTERED
                && (registrationDeadline == null || registrationDeadline.isAfter(votingClosesOn) || registrationDeadline.isBefore(today))) {
            throw new ElectionRuleBroken("council-election.rule.registration.deadline");
        }
        if (inspectionDays < 0) {
            throw new ElectionRuleBroken("council-election.rule.inspection.negative");
        }
        this.bodyId = bodyId;
        this.termId = termId;
        this.kind = kind;
        this.title = title;
        this.callText = callText;
        this.seats = seats;
        this.candidacyDeadline = candidacyDeadline;
        this.eligibility = eligibility;
        this.registrationDeadline = eligibility == EligibilityRule.REGISTERED ? registrationDeadline : null;
        this.votingClosesOn = votingClosesOn;
        this.seatsFrom = seatsFrom;
        this.inspectionDays = inspectionDays;
        this.status = ElectionStatus.CALL_OPEN;
        this.createdAt = now;
    }

    /** CSOs apply while the call is open, up to and including its deadline. */
    public boolean acceptsCandidacies(LocalDate today) {
        return status == ElectionStatus.CALL_OPEN && !today.isAfter(candidacyDeadline);
    }

    /** Organisations ask to vote until the registration deadline (inclusive), before the count. */
    public boolean acceptsRegistrations(LocalDate today) {
        return eligibility == EligibilityRule.REGISTERED
                && (status == ElectionStatus.CALL_OPEN || status == ElectionStatus.VOTING_OPEN)
                && !today.isAfter(registrationDeadline);
    }

    /** No ballot after the close: neither once the secretariat has closed voting nor after the closing day. */
    public boolean acceptsBallots(LocalDate today) {
        return status == ElectionStatus.VOTING_OPEN && !today.isAfter(votingClosesOn);
    }

    /** Voting opens once the call's deadline has come (the call is not cut short) and there is a candidate. */
    public void openVoting(LocalDate today, long candidates, Instant now) {
        require(ElectionStatus.CALL_OPEN);
        if (today.isBefore(candidacyDeadline)) {
            throw new ElectionRuleBroken("council-election.rule.open.callNotOver");
        }
        if (candidates == 0) {
            throw new ElectionRuleBroken("council-election.rule.open.noCandidates");
        }
        if (today.isAfter(votingClosesOn)) {
            throw new ElectionRuleBroken("council-election.rule.open.closingDayPassed");
        }
        status = ElectionStatus.VOTING_OPEN;
        votingOpenedAt = now;
    }

    public void closeVoting(Instant now) {
        require(ElectionStatus.VOTING_OPEN);
        status = ElectionStatus.VOTING_CLOSED;
        votingClosedAt = now;
    }

    /** The count needs voting over: closed by the secretariat, or its closing day past. */
    public boolean countable(LocalDate today) {
        return status == ElectionStatus.VOTING_CLOSED
                || (status == ElectionStatus.VOTING_OPEN && today.isAfter(votingClosesOn));
    }

    public void recordCount(String seed, LocalDate today, Instant now) {
        if (!countable(today)) {
            throw new ElectionRuleBroken("council-election.rule.count.votingNotOver");
        }
        if (votingClosedAt == null) {
            votingClosedAt = now;
        }
        this.seed = seed;
        this.countedAt = now;
        this.countedOn = today;
        this.status = ElectionStatus.COUNTED;
    }

    /** The last day observers may inspect the ballots: the day of the count plus the inspection days. */
    public LocalDate inspectionEndsOn() {
        return countedOn == null ? null : countedOn.plusDays(inspectionDays);
    }

    public boolean ballotsOpenForInspection(LocalDate today) {
        return countedOn != null && !today.isAfter(inspectionEndsOn());
    }

    /** Winners take their seats on or after the last inspection day, so a complaint can still stop it. */
    public void conclude(LocalDate today, Instant now) {
        require(ElectionStatus.COUNTED);
        if (today.isBefore(inspectionEndsOn())) {
            throw new ElectionRuleBroken("council-election.rule.seat.inspectionRunning");
        }
        status = ElectionStatus.CONCLUDED;
        concludedAt = now;
    }

    public boolean counted() {
        return status == ElectionStatus.COUNTED || status == ElectionStatus.CONCLUDED;
    }

    private void require(ElectionStatus expected) {
        if (status != expected) {
            throw new ElectionRuleBroken("council-election.rule.status." + expected.name());
        }
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bodyId", bodyId);
        m.put("termId", termId);
        m.put("kind", kind.name());
        m.put("title", title.get(org.bashke.shared.text.Language.SQ));
        m.put("seats", seats);
        m.put("candidacyDeadline", String.valueOf(candidacyDeadline));
        m.put("eligibility", eligibility.name());
        m.put("registrationDeadline", String.valueOf(registrationDeadline));
        m.put("votingClosesOn", String.valueOf(votingClosesOn));
        m.put("seatsFrom", String.valueOf(seatsFrom));
        m.put("inspectionDays", inspectionDays);
        m.put("status", status.name());
        m.put("seed", seed);
        return m;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public long getTermId() { return termId; }
    public ElectionKind getKind() { return kind; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getCallText() { return callText; }
    public int getSeats() { return seats; }
    public LocalDate getCandidacyDeadline() { return candidacyDeadline; }
    public EligibilityRule getEligibility() { return eligibility; }
    public LocalDate getRegistrationDeadline() { return registrationDeadline; }
    public LocalDate getVotingClosesOn() { return votingClosesOn; }
    public LocalDate getSeatsFrom() { return seatsFrom; }
    public int getInspectionDays() { return inspectionDays; }
    public ElectionStatus getStatus() { return status; }
    public Instant getVotingOpenedAt() { return votingOpenedAt; }
    public Instant getVotingClosedAt() { return votingClosedAt; }
    public String getSeed() { return seed; }
    public Instant getCountedAt() { return countedAt; }
    public LocalDate getCountedOn() { return countedOn; }
    public Instant getConcludedAt() { return concludedAt; }
    public Instant getCreatedAt() { return createdAt; }
}

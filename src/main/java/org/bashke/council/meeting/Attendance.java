package org.bashke.council.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One seat's line of the attendance register: who holds it, who (if anyone) sat in it. */
@Entity(name = "CouncilAttendance")
@Table(name = "council_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private long meetingId;
    @Column(name = "seat_id")
    private long seatId;
    @Column(name = "holder_account_id")
    private long holderAccountId;
    @Column(name = "substitute_account_id")
    private Long substituteAccountId;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected Attendance() {
    }

    public Attendance(long meetingId, long seatId, long holderAccountId, Long substituteAccountId, Long organisationId) {
        this.meetingId = meetingId;
        this.seatId = seatId;
        this.holderAccountId = holderAccountId;
        this.substituteAccountId = substituteAccountId;
        this.organisationId = organisationId;
    }

    /** Rule: a seat is filled by a substitute only if the seat has one. */
    void record(AttendanceStatus status, String actor, Instant now) {
        if (status == AttendanceStatus.SUBSTITUTE_PRESENT && substituteAccountId == null) {
            throw new MeetingRuleBroken("council-meeting.rule.noSubstitute");
        }
        this.status = status;
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    /** The person who actually sat in the seat, or null when nobody did. */
    public Long attendeeAccountId() {
        return switch (status) {
            case PRESENT -> holderAccountId;
            case SUBSTITUTE_PRESENT -> substituteAccountId;
            default -> null;
        };
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getSeatId() { return seatId; }
    public long getHolderAccountId() { return holderAccountId; }
    public Long getSubstituteAccountId() { return substituteAccountId; }
    public Long getOrganisationId() { return organisationId; }
    public AttendanceStatus getStatus() { return status; }
    public Instant getRecordedAt() { return recordedAt; }
}

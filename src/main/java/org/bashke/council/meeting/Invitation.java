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

/** A member invited to a meeting, and their answer once given. */
@Entity(name = "CouncilInvitation")
@Table(name = "council_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private long meetingId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Enumerated(EnumType.STRING)
    private RsvpAnswer answer;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Invitation() {
    }

    public Invitation(long meetingId, long accountId, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.invitedAt = now;
    }

    void reinvite(Instant now) {
        this.invitedAt = now;
    }

    void answer(RsvpAnswer answer, Instant now) {
        this.answer = answer;
        this.answeredAt = now;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getAccountId() { return accountId; }
    public Instant getInvitedAt() { return invitedAt; }
    public RsvpAnswer getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }
}

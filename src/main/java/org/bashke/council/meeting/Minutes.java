package org.bashke.council.meeting;

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
 * One version of a meeting's minutes. Rules (each named by its message key): minutes are written only for a
 * held meeting; approved minutes never change — a correction is a new version, which goes through the same
 * circulation and approval; only circulated minutes are approved, and only at a later sitting of the same
 * body; only approved minutes are published.
 */
@Entity(name = "CouncilMinutes")
@Table(name = "council_minutes")
public class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private long meetingId;
    /** 1 for the first minutes, 2 for the first correction, … */
    private int number;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "text_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "text_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "text_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "text_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "text_en_status"))})
    private LocalizedText text;
    @Enumerated(EnumType.STRING)
    private MinutesStatus status;
    @Column(name = "circulated_at")
    private Instant circulatedAt;
    @Column(name = "approved_at_meeting_id")
    private Long approvedAtMeetingId;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected Minutes() {
    }

    private Minutes(long meetingId, int number, LocalizedText text, String actor, Instant now) {
        this.meetingId = meetingId;
        this.number = number;
        this.text = text;
        this.status = MinutesStatus.DRAFT;
        this.createdAt = now;
        touch(actor, now);
    }

    /** Rule: minutes record a meeting that took place. */
    public static Minutes draft(Meeting meeting, LocalizedText text, String actor, Instant now) {
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new MeetingRuleBroken("council-meeting.rule.minutesOnlyForHeldMeeting");
        }
        requireText(text);
        return new Minutes(meeting.getId(), 1, text, actor, now);
    }

    /** Rule: approved minutes are immutable; a correction is a new draft version carrying their words. */
    public Minutes correction(String actor, Instant now) {
        if (!status.approved()) {
            throw new MeetingRuleBroken("council-meeting.rule.correctOnlyApproved");
        }
        return new Minutes(meetingId, number + 1, text, actor, now);
    }

    /** Rule: approved minutes are immutable. */
    public void revise(LocalizedText text, String actor, Instant now) {
        if (status.approved()) {
            throw new MeetingRuleBroken("council-meeting.rule.approvedMinutesImmutable");
        }
        requireText(text);
        this.text = text;
        touch(actor, now);
    }

    /** Rule: only a draft is circulated to the members. */
    public void circulate(String actor, Instant now) {
        if (status != MinutesStatus.DRAFT) {
            throw new MeetingRuleBroken("council-meeting.rule.circulateOnlyDraft");
        }
        this.status = MinutesStatus.CIRCULATED;
        this.circulatedAt = now;
        touch(actor, now);
    }

    /**
     * Rule "approved at the next meeting": only circulated minutes, at a later meeting of the same body that is
     * sitting (convened or held, on or after its day); the approval is recorded on that meeting.
     */
    public void approveAt(Meeting minuted, Meeting approving, String actor, Instant now) {
        if (minuted.getId() == null || minuted.getId() != meetingId) {
            throw new IllegalArgumentException("minutes " + id + " do not record meeting " + minuted.getId());
        }
        if (status != MinutesStatus.CIRCULATED) {
            throw new MeetingRuleBroken("council-meeting.rule.approveOnlyCirculated");
        }
        if (approving.getBodyId() != minuted.getBodyId() || !approving.getStartsAt().isAfter(minuted.getStartsAt())) {
            throw new MeetingRuleBroken("council-meeting.rule.approveAtLaterMeetingOfBody");
        }
        approving.requireSitting(now);
        this.status = MinutesStatus.APPROVED;
        this.approvedAtMeetingId = approving.getId();
        this.approvedOn = approving.getDate();
        touch(actor, now);
    }

    /** Rule: minutes are published only after their approval. */
    public void publish(String actor, Instant now) {
        if (status != MinutesStatus.APPROVED) {
            throw new MeetingRuleBroken("council-meeting.rule.publishOnlyApproved");
        }
        this.status = MinutesStatus.PUBLISHED;
        this.publishedAt = now;
        touch(actor, now);
    }

    private static void requireText(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            throw new MeetingRuleBroken("council-meeting.minutes.text.required");
        }
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingId", meetingId);
        m.put("number", number);
        m.put("text", String.valueOf(text));
        m.put("status", status);
        m.put("approvedAtMeetingId", approvedAtMeetingId);
        m.put("approvedOn", approvedOn);
        return m;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public int getNumber() { return number; }
    public LocalizedText getText() { return text; }
    public MinutesStatus getStatus() { return status; }
    public Instant getCirculatedAt() { return circulatedAt; }
    public Long getApprovedAtMeetingId() { return approvedAtMeetingId; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}

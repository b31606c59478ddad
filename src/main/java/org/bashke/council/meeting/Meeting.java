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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/**
 * A meeting of a body. Its status changes only through the methods here, each refusing with a named rule:
 * a meeting is convened (invitations sent) while planned, held once it has begun, cancelled or postponed
 * while still ahead, and a postponed meeting is planned again with new times.
 */
@Entity(name = "CouncilMeeting")
@Table(name = "council_meeting")
public class Meeting {

    /** Meetings happen in Kosovo: times are entered and shown in its zone whatever the reader's browser says. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id")
    private long bodyId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String place;
    @Column(name = "online_url")
    private String onlineUrl;
    @Column(name = "municipality_code")
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    /** How many times invitations went out: the SEQUENCE of the calendar entry, so calendars take the update. */
    @Column(name = "invitations_sent")
    private int invitationsSent;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(long bodyId, MeetingDetails details, String actor, Instant now) {
        this.bodyId = bodyId;
        this.status = MeetingStatus.PLANNED;
        this.createdAt = now;
        apply(details);
        touch(actor, now);
    }

    /** Rule: a held or cancelled meeting is history; its time and place are no longer changed. */
    public void reschedule(MeetingDetails details, String actor, Instant now) {
        if (status == MeetingStatus.HELD || status == MeetingStatus.CANCELLED) {
            throw new MeetingRuleBroken("council-meeting.rule.closedMeetingUnchanged");
        }
        apply(details);
        if (status == MeetingStatus.POSTPONED) {
            status = MeetingStatus.PLANNED;
        }
        touch(actor, now);
    }

    /** Rule: only a planned meeting is convened, and the invitations that convene it may be repeated while convened. */
    public void convene(String actor, Instant now) {
        if (!status.upcoming()) {
            throw new MeetingRuleBroken("council-meeting.rule.conveneOnlyUpcoming");
        }
        status = MeetingStatus.CONVENED;
        invitationsSent++;
        touch(actor, now);
    }

    /** Rule: a meeting is recorded as held only once it has begun, and only if it was not cancelled or postponed. */
    public void hold(String actor, Instant now) {
        if (!status.upcoming()) {
            throw new MeetingRuleBroken("council-meeting.rule.holdOnlyUpcoming");
        }
        if (now.isBefore(startsAt)) {
            throw new MeetingRuleBroken("council-meeting.rule.holdNotBeforeStart");
        }
        status = MeetingStatus.HELD;
        touch(actor, now);
    }

    /** Rule: only a meeting still ahead (or postponed) is cancelled. */
    public void cancel(String actor, Instant now) {
        if (!status.upcoming() && status != MeetingStatus.POSTPONED) {
            throw new MeetingRuleBroken("council-meeting.rule.cancelOnlyAhead");
        }
        status = MeetingStatus.CANCELLED;
        touch(actor, now);
    }

    /** Rule: only a meeting still ahead is postponed; it is planned again when given new times. */
    public void postpone(String actor, Instant now) {
        if (!status.upcoming()) {
            throw new MeetingRuleBroken("council-meeting.rule.postponeOnlyAhead");
        }
        status = MeetingStatus.POSTPONED;
        touch(actor, now);
    }

    /** Rule: the register is taken on the day — from the meeting's date on, for a convened or held meeting. */
    public void requireSitting(Instant now) {
        if (status != MeetingStatus.CONVENED && status != MeetingStatus.HELD) {
            throw new MeetingRuleBroken("council-meeting.rule.notSitting");
        }
        if (LocalDate.ofInstant(now, ZONE).isBefore(getDate())) {
            throw new MeetingRuleBroken("council-meeting.rule.notYetTheDay");
        }
    }

    private void apply(MeetingDetails d) {
        this.title = d.title();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.place = d.place();
        this.onlineUrl = d.onlineUrl();
        this.municipalityCode = d.municipalityCode();
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bodyId", bodyId);
        m.put("title", String.valueOf(title));
        m.put("startsAt", startsAt);
        m.put("endsAt", endsAt);
        m.put("place", place);
        m.put("onlineUrl", onlineUrl);
        m.put("municipalityCode", municipalityCode);
        m.put("status", status);
        m.put("invitationsSent", invitationsSent);
        return m;
    }

    public MeetingDetails details() {
        return new MeetingDetails(title, startsAt, endsAt, place, onlineUrl, municipalityCode);
    }

    public String url() {
        return "/council/meetings/" + id;
    }

    public LocalDate getDate() { return LocalDate.ofInstant(startsAt, ZONE); }
    public ZonedDateTime getStartsLocal() { return startsAt.atZone(ZONE); }
    public ZonedDateTime getEndsLocal() { return endsAt.atZone(ZONE); }
    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public LocalizedText getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getOnlineUrl() { return onlineUrl; }
    public String getMunicipalityCode() { return municipalityCode; }
    public MeetingStatus getStatus() { return status; }
    public int getInvitationsSent() { return invitationsSent; }
    public Instant getUpdatedAt() { return updatedAt; }
}

package org.bashke.council.voice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.AgendaItemInfo;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/**
 * A call for CSOs' input on some items of a coming meeting's agenda: open until its deadline (or until the
 * CSO members close it early), then consolidated into a CSO position per item, and after the meeting
 * closed by a report-back that says how each position fared.
 */
@Entity
@Table(name = "council_voice_call")
public class CallForInput {

    /** Meeting statuses a call may still be opened for: the meeting has not happened and is not called off. */
    static final List<String> MEETING_UPCOMING = List.of("PLANNED", "CONVENED");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id")
    private long bodyId;
    @Column(name = "meeting_id")
    private long meetingId;
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
            @AttributeOverride(name = "sq", column = @Column(name = "description_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "description_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "description_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "description_en_status"))})
    private LocalizedText description;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private Instant deadline;
    @Column(name = "closed_early_at")
    private Instant closedEarlyAt;
    @Column(name = "opened_by_account_id")
    private long openedByAccountId;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "report_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "report_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "report_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "report_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "report_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "report_en_status"))})
    private LocalizedText report;
    @Column(name = "report_published_at")
    private Instant reportPublishedAt;
    // a call has a handful of items, always shown together: loaded with it
    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true, fetch = jakarta.persistence.FetchType.EAGER)
    @OrderBy("sequence")
    private List<CallItem> items = new ArrayList<>();
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected CallForInput() {
    }

    /**
     * Opens a call. The rules: a title; at least one item, each on this meeting's agenda; a meeting that has
     * not happened and is not called off; a deadline in the future and no later than the meeting's start
     * (input that arrives after the meeting cannot shape the position taken to it).
     */
    public static CallForInput open(MeetingSummary meeting, List<AgendaItemInfo> chosenItems, LocalizedText title,
                                    LocalizedText description, Audience audience, Instant deadline, long openedBy, Instant now) {
        if (title == null || title.isEmpty()) {
            throw new VoiceRuleBroken("council-voice.rule.call.titleRequired");
        }
        if (audience == null) {
            throw new VoiceRuleBroken("council-voice.rule.call.audienceRequired");
        }
        if (!MEETING_UPCOMING.contains(meeting.status())) {
            throw new VoiceRuleBroken("council-voice.rule.call.meetingNotUpcoming");
        }
        if (chosenItems == null || chosenItems.isEmpty()) {
            throw new VoiceRuleBroken("council-voice.rule.call.itemsRequired");
        }
        if (chosenItems.stream().anyMatch(i -> i.meetingId() != meeting.id())) {
            throw new VoiceRuleBroken("council-voice.rule.call.itemOfAnotherMeeting");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw new VoiceRuleBroken("council-voice.rule.call.deadlinePassed");
        }
        if (meeting.startsAt() != null && deadline.isAfter(meeting.startsAt().toInstant())) {
            throw new VoiceRuleBroken("council-voice.rule.call.deadlineAfterMeeting");
        }
        CallForInput call = new CallForInput();
        call.bodyId = meeting.bodyId();
        call.meetingId = meeting.id();
        call.title = title;
        call.description = description == null ? empty() : description;
        call.audience = audience;
        call.deadline = deadline;
        call.openedByAccountId = openedBy;
        call.openedAt = now;
        call.report = empty();
        int order = 1;
        for (AgendaItemInfo item : chosenItems.stream().distinct()
                .sorted(java.util.Comparator.comparingInt(AgendaItemInfo::position)).toList()) {
            call.items.add(new CallItem(call, item.id(), order++, item.title()));
        }
        return call;
    }

    static LocalizedText empty() {
        return LocalizedText.of(Language.SQ, null, null, null);
    }

    /** The deadline rule: input is taken until the deadline (exclusive) unless the call was closed early. */
    public boolean acceptsInput(Instant now) {
        return closedEarlyAt == null && now.isBefore(deadline);
    }

    /** The CSO members may close a call before its deadline (the meeting was brought forward, enough input came). */
    public void closeEarly(Instant now) {
        if (!acceptsInput(now)) {
            throw new VoiceRuleBroken("council-voice.rule.call.alreadyClosed");
        }
        this.closedEarlyAt = now;
    }

    /** When input stopped being taken: the early close, or the deadline. */
    public Instant closedAt() {
        return closedEarlyAt != null ? closedEarlyAt : deadline;
    }

    /**
     * The consolidation rule: positions are written once input is closed (so they rest on every input),
     * and only while the meeting is still ahead (a position is for the meeting) and no report-back is out.
     */
    public void checkMayConsolidate(Instant now, MeetingSummary meeting) {
        if (acceptsInput(now)) {
            throw new VoiceRuleBroken("council-voice.rule.position.callStillOpen");
        }
        if (reportPublishedAt != null || !MEETING_UPCOMING.contains(meeting.status()) && !"POSTPONED".equals(meeting.status())) {
            throw new VoiceRuleBroken("council-voice.rule.position.meetingPast");
        }
    }

    /**
     * The report-back rule: it is written after the meeting (held, or its start has passed and it was neither
     * cancelled nor postponed), and published once — contributors are told once, and what they were told stays.
     */
    public void checkMayReportBack(Instant now, MeetingSummary meeting) {
        if (reportPublishedAt != null) {
            throw new VoiceRuleBroken("council-voice.rule.report.alreadyPublished");
        }
        if (!meetingHasTakenPlace(now, meeting)) {
            throw new VoiceRuleBroken("council-voice.rule.report.meetingNotHeld");
        }
    }

    static boolean meetingHasTakenPlace(Instant now, MeetingSummary meeting) {
        if ("HELD".equals(meeting.status())) {
            return true;
        }
        return MEETING_UPCOMING.contains(meeting.status()) && meeting.startsAt() != null
                && meeting.startsAt().toInstant().isBefore(now);
    }

    /** Saves the report-back's general text and each item's outcome, without publishing. */
    public void draftReport(Instant now, MeetingSummary meeting, LocalizedText text, Map<Long, ItemOutcome> outcomes) {
        checkMayReportBack(now, meeting);
        this.report = text == null ? empty() : text;
        for (CallItem item : items) {
            ItemOutcome o = outcomes.get(item.getId());
            item.recordOutcome(o == null ? null : o.outcome(), o == null ? null : o.text());
        }
    }

    /** Publishes the report-back: every item whose position was published must say how it fared. */
    public void publishReport(Instant now, MeetingSummary meeting) {
        checkMayReportBack(now, meeting);
        for (CallItem item : items) {
            if (item.isPositionPublished() && item.getOutcome() == null) {
                throw new VoiceRuleBroken("council-voice.rule.report.outcomeMissing");
            }
        }
        this.reportPublishedAt = now;
    }

    /** How the position on one item fared, as the report-back form gives it. */
    public record ItemOutcome(PositionOutcome outcome, LocalizedText text) {
    }

    public Optional<CallItem> item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst();
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bodyId", bodyId);
        v.put("meetingId", meetingId);
        v.put("title", title.toString());
        v.put("audience", audience);
        v.put("deadline", deadline);
        v.put("closedEarlyAt", closedEarlyAt);
        v.put("agendaItems", items.stream().map(CallItem::getAgendaItemId).toList());
        v.put("report", report.toString());
        v.put("reportPublishedAt", reportPublishedAt);
        return v;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public long getMeetingId() { return meetingId; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public Audience getAudience() { return audience; }
    public Instant getDeadline() { return deadline; }
    public Instant getClosedEarlyAt() { return closedEarlyAt; }
    public long getOpenedByAccountId() { return openedByAccountId; }
    public Instant getOpenedAt() { return openedAt; }
    public LocalizedText getReport() { return report; }
    public Instant getReportPublishedAt() { return reportPublishedAt; }
    public boolean isReportPublished() { return reportPublishedAt != null; }
    public List<CallItem> getItems() { return items; }
}

package org.bashke.council.meeting;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.body.Membership;
import org.bashke.council.body.SeatHolder;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes' life: the secretariat (or the body's officers) draft them, circulate them to the members, who
 * comment; they are approved at a later meeting of the body, then published. The rules are on {@link Minutes}.
 */
@Component
public class KeepMinutes {

    private final Meetings meetings;
    private final MinutesVersions minutes;
    private final MinutesComments comments;
    private final MeetingRights rights;
    private final MeetingRecords records;
    private final AuditLog audit;
    private final Membership membership;
    private final Accounts accounts;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    KeepMinutes(Meetings meetings, MinutesVersions minutes, MinutesComments comments, MeetingRights rights,
                MeetingRecords records, AuditLog audit, Membership membership, Accounts accounts, Mailer mailer,
                @Value("${bashke.base-url}") String baseUrl, Optional<Clock> clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.comments = comments;
        this.rights = rights;
        this.records = records;
        this.audit = audit;
        this.membership = membership;
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Writes the first draft, or revises the newest version while it is not approved. */
    @Transactional
    public long write(long meetingId, LocalizedText text) {
        Meeting m = meeting(meetingId);
        rights.requireManage(m.getBodyId());
        Optional<Minutes> newest = minutes.findByMeetingIdOrderByNumberDesc(meetingId).stream().findFirst();
        if (newest.isEmpty()) {
            Minutes draft = minutes.saveAndFlush(Minutes.draft(m, text, rights.actor(), clock.instant()));
            audit.record("council.minutes.drafted", "minutes", draft.getId(), null, draft.auditView());
            return draft.getId();
        }
        Minutes current = newest.get();
        var before = current.auditView();
        current.revise(text, rights.actor(), clock.instant());
        minutes.saveAndFlush(current);
        audit.record("council.minutes.revised", "minutes", current.getId(), before, current.auditView());
        return current.getId();
    }

    /**
     * Sends the draft to the body's members (seat holders and substitutes on the meeting's day), each in their
     * language, with the link where they read and comment on it.
     *
     * @return how many people were written to
     */
    @Transactional
    public int circulate(long minutesId) {
        Minutes x = change(minutesId, "council.minutes.circulated", (mi, m) -> mi.circulate(rights.actor(), clock.instant()));
        Meeting m = meeting(x.getMeetingId());
        Set<Long> people = new LinkedHashSet<>();
        for (SeatHolder h : membership.members(m.getBodyId(), m.getDate())) {
            people.add(h.accountId());
            if (h.substituteAccountId() != null) {
                people.add(h.substituteAccountId());
            }
        }
        List<AccountSummary> recipients = accounts.accounts(people);
        for (AccountSummary a : recipients) {
            Locale locale = Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag());
            String title = m.getTitle().display(locale);
            mailer.send(a.email(), locale, "council-meeting/minutes-circulated", Map.of(
                    "name", a.displayName(), "title", title, "version", x.getNumber(),
                    "link", baseUrl + m.url(), "subjectArgs", new Object[] {title}));
        }
        return recipients.size();
    }

    /** Recorded on the approving meeting: its page lists the minutes it approved. */
    @Transactional
    public void approve(long minutesId, long approvingMeetingId) {
        Meeting approving = meeting(approvingMeetingId);
        change(minutesId, "council.minutes.approved", (x, m) -> x.approveAt(m, approving, rights.actor(), clock.instant()));
    }

    @Transactional
    public void publish(long minutesId) {
        Minutes x = change(minutesId, "council.minutes.published", (mi, m) -> mi.publish(rights.actor(), clock.instant()));
        records.minutes(x, meeting(x.getMeetingId()));
    }

    /** A correction of approved minutes: a new draft version; the approved one stays as it was. */
    @Transactional
    public long correct(long minutesId) {
        Minutes approved = load(minutesId);
        Meeting m = meeting(approved.getMeetingId());
        rights.requireManage(m.getBodyId());
        boolean newer = minutes.findByMeetingIdOrderByNumberDesc(m.getId()).get(0).getNumber() > approved.getNumber();
        if (newer) {
            throw new MeetingRuleBroken("council-meeting.rule.correctionExists");
        }
        Minutes correction = minutes.saveAndFlush(approved.correction(rights.actor(), clock.instant()));
        audit.record("council.minutes.correctionStarted", "minutes", correction.getId(), null, correction.auditView());
        return correction.getId();
    }

    /** Rule: members of the body comment on circulated minutes. */
    @Transactional
    public void comment(long minutesId, String text) {
        Minutes x = load(minutesId);
        Meeting m = meeting(x.getMeetingId());
        if (x.getStatus() != MinutesStatus.CIRCULATED) {
            throw new MeetingRuleBroken("council-meeting.rule.commentOnlyCirculated");
        }
        if (!rights.isMember(m.getBodyId(), m.getDate()) && !rights.mayManage(m.getBodyId())) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of body " + m.getBodyId());
        }
        if (text == null || text.isBlank()) {
            throw new MeetingRuleBroken("council-meeting.minutes.comment.required");
        }
        long accountId = rights.currentUser().accountId().orElseThrow();
        MinutesComment c = comments.saveAndFlush(new MinutesComment(minutesId, accountId, rights.actor(),
                text.strip(), clock.instant()));
        audit.record("council.minutes.commented", "minutes-comment", c.getId(), null,
                Map.of("minutesId", minutesId, "body", c.getBody()));
    }

    public List<Minutes> versions(long meetingId) {
        return minutes.findByMeetingIdOrderByNumberDesc(meetingId);
    }

    private Minutes change(long minutesId, String action, java.util.function.BiConsumer<Minutes, Meeting> step) {
        Minutes x = load(minutesId);
        Meeting m = meeting(x.getMeetingId());
        rights.requireManage(m.getBodyId());
        var before = x.auditView();
        step.accept(x, m);
        minutes.saveAndFlush(x);
        audit.record(action, "minutes", minutesId, before, x.auditView());
        return x;
    }

    private Minutes load(long id) {
        return minutes.findById(id).orElseThrow(() -> new NotFoundException("minutes", id));
    }

    private Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }
}

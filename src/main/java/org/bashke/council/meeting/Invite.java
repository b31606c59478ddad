package org.bashke.council.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
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
import org.bashke.mail.OutgoingMail;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and answers. Sending convenes the meeting and writes to every seat holder on the meeting's day,
 * in their language, with the meeting as a calendar entry; sending again (after a change) updates that entry.
 * Rule: only an invited person answers, and only while the meeting is ahead.
 */
@Component
public class Invite {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Meetings meetings;
    private final Invitations invitations;
    private final AgendaItems items;
    private final Membership membership;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final MeetingRights rights;
    private final MeetingRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    Invite(Meetings meetings, Invitations invitations, AgendaItems items, Membership membership, Accounts accounts,
           Mailer mailer, MessageSource messages, MeetingRights rights, MeetingRecords records, AuditLog audit,
           Optional<Clock> clock, @Value("${bashke.base-url}") String baseUrl) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.items = items;
        this.membership = membership;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.rights = rights;
        this.records = records;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    /** @return how many people were written to */
    @Transactional
    public int send(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        rights.requireManage(m.getBodyId());
        var before = m.auditView();
        m.convene(rights.actor(), clock.instant());
        meetings.saveAndFlush(m);
        Set<Long> people = new LinkedHashSet<>();
        for (SeatHolder h : membership.members(m.getBodyId(), m.getDate())) {
            people.add(h.accountId());
        }
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPosition(meetingId);
        int sent = 0;
        for (AccountSummary a : accounts.accounts(people)) {
            Invitation inv = invitations.findByMeetingIdAndAccountId(meetingId, a.id())
                    .orElseGet(() -> new Invitation(meetingId, a.id(), clock.instant()));
            inv.reinvite(clock.instant());
            invitations.save(inv);
            mailer.send(mail(a, m, agenda));
            sent++;
        }
        invitations.flush();
        audit.record("council.meeting.invitationsSent", "meeting", meetingId, before,
                Map.of("status", m.getStatus(), "invited", people, "sequence", m.getInvitationsSent()));
        records.meeting(m);
        return sent;
    }

    /** @throws MeetingRuleBroken when the person was not invited or the meeting is no longer ahead */
    @Transactional
    public void answer(long meetingId, RsvpAnswer answer) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        long accountId = rights.currentUser().accountId().orElseThrow(() -> new MeetingRuleBroken("council-meeting.rule.notInvited"));
        Invitation inv = invitations.findByMeetingIdAndAccountId(meetingId, accountId)
                .orElseThrow(() -> new MeetingRuleBroken("council-meeting.rule.notInvited"));
        if (!m.getStatus().upcoming()) {
            throw new MeetingRuleBroken("council-meeting.rule.answerOnlyAhead");
        }
        RsvpAnswer before = inv.getAnswer();
        inv.answer(answer, clock.instant());
        invitations.saveAndFlush(inv);
        audit.record("council.meeting.answered", "invitation", inv.getId(), before == null ? null : Map.of("answer", before),
                Map.of("meetingId", meetingId, "answer", answer));
    }

    private OutgoingMail mail(AccountSummary a, Meeting m, List<AgendaItem> agenda) {
        Locale locale = Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag());
        String title = m.getTitle().display(locale);
        String when = WHEN.format(m.getStartsLocal());
        String place = m.getPlace() != null ? m.getPlace() : m.getOnlineUrl();
        StringBuilder body = new StringBuilder();
        body.append(msg("mail.council-meeting.greeting", locale, a.displayName())).append("\n\n");
        body.append(msg("mail.council-meeting.invitation.body", locale, title, when, place)).append("\n\n");
        if (m.getOnlineUrl() != null && m.getPlace() != null) {
            body.append(msg("mail.council-meeting.invitation.online", locale, m.getOnlineUrl())).append("\n\n");
        }
        if (!agenda.isEmpty()) {
            body.append(msg("mail.council-meeting.invitation.agenda", locale)).append('\n');
            for (AgendaItem i : agenda) {
                body.append(i.getPosition()).append(". ").append(i.getTitle().display(locale)).append('\n');
            }
            body.append('\n');
        }
        body.append(msg("mail.council-meeting.invitation.answer", locale)).append('\n');
        body.append(baseUrl).append(m.url()).append("/invitation\n\n");
        body.append(msg("mail.council-meeting.signature", locale)).append('\n');
        String subject = msg(m.getInvitationsSent() > 1 ? "mail.council-meeting.invitation.updated.subject"
                : "mail.council-meeting.invitation.subject", locale, title, when);
        byte[] ics = MeetingCalendar.calendar(List.of(m), locale, baseUrl, clock.instant(), "PUBLISH")
                .getBytes(StandardCharsets.UTF_8);
        return new OutgoingMail(a.email(), subject, body.toString(),
                List.of(new OutgoingMail.Attachment("meeting-" + m.getId() + ".ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH", ics)));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

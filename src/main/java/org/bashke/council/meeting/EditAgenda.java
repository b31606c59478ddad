package org.bashke.council.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a meeting, in order. Rule: the agenda of a held or cancelled meeting is history and is not
 * changed; an item that already carries a decision stays.
 */
@Component
public class EditAgenda {

    private final Meetings meetings;
    private final AgendaItems items;
    private final Decisions decisions;
    private final Papers papers;
    private final MeetingRights rights;
    private final MeetingRecords records;
    private final AuditLog audit;
    private final Clock clock;

    EditAgenda(Meetings meetings, AgendaItems items, Decisions decisions, Papers papers, MeetingRights rights,
               MeetingRecords records, AuditLog audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.papers = papers;
        this.rights = rights;
        this.records = records;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record ItemDetails(LocalizedText title, String presenter, boolean decisionExpected) {
    }

    @Transactional
    public List<Problem> add(long meetingId, ItemDetails d) {
        Meeting m = openMeeting(meetingId);
        rights.requireManage(m.getBodyId());
        List<Problem> problems = check(d);
        if (problems.isEmpty()) {
            append(m, d, null);
        }
        return problems;
    }

    @Transactional
    public List<Problem> change(long itemId, ItemDetails d) {
        AgendaItem item = load(itemId);
        Meeting m = openMeeting(item.getMeetingId());
        rights.requireManage(m.getBodyId());
        List<Problem> problems = check(d);
        if (problems.isEmpty()) {
            var before = item.auditView();
            item.change(d.title(), d.presenter(), d.decisionExpected());
            items.saveAndFlush(item);
            audit.record("council.agenda.item.changed", "agenda-item", itemId, before, item.auditView());
            records.meeting(m);
        }
        return problems;
    }

    /** Swaps the item with its neighbour above ({@code up}) or below. */
    @Transactional
    public void move(long itemId, boolean up) {
        AgendaItem item = load(itemId);
        Meeting m = openMeeting(item.getMeetingId());
        rights.requireManage(m.getBodyId());
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPosition(m.getId());
        int i = agenda.indexOf(agenda.stream().filter(a -> a.getId().equals(itemId)).findFirst().orElseThrow());
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= agenda.size()) {
            return;
        }
        AgendaItem other = agenda.get(j);
        int p = item.getPosition();
        item.moveTo(other.getPosition());
        other.moveTo(p);
        items.saveAllAndFlush(List.of(item, other));
        audit.record("council.agenda.item.moved", "agenda-item", itemId, java.util.Map.of("position", p),
                java.util.Map.of("position", item.getPosition()));
    }

    @Transactional
    public void remove(long itemId) {
        AgendaItem item = load(itemId);
        Meeting m = openMeeting(item.getMeetingId());
        rights.requireManage(m.getBodyId());
        if (!decisions.findByAgendaItemIdOrderById(itemId).isEmpty()
                || papers.findByMeetingIdOrderById(m.getId()).stream().anyMatch(p -> Long.valueOf(itemId).equals(p.getAgendaItemId()))) {
            throw new MeetingRuleBroken("council-meeting.rule.itemInUse");
        }
        items.delete(item);
        items.flush();
        audit.record("council.agenda.item.removed", "agenda-item", itemId, item.auditView(), null);
        records.meeting(m);
    }

    /**
     * Another module's proposal ("put the overdue obligations on the next Council agenda"): appended to the
     * body's next planned or convened meeting. Audited as the current user; no officer check, the caller decides.
     */
    @Transactional
    public Optional<Meeting> propose(long bodyId, LocalizedText title, String sourceUrl) {
        List<Meeting> next = meetings.upcomingOfBody(bodyId, clock.instant(),
                List.of(MeetingStatus.PLANNED, MeetingStatus.CONVENED), PageRequest.of(0, 1));
        if (next.isEmpty() || title == null || title.isEmpty()) {
            return Optional.empty();
        }
        append(next.get(0), new ItemDetails(title, null, false), sourceUrl);
        return Optional.of(next.get(0));
    }

    private void append(Meeting m, ItemDetails d, String sourceUrl) {
        int position = items.findByMeetingIdOrderByPosition(m.getId()).stream()
                .mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        AgendaItem item = items.saveAndFlush(new AgendaItem(m.getId(), position, d.title(), blank(d.presenter()),
                d.decisionExpected(), sourceUrl));
        audit.record("council.agenda.item.added", "agenda-item", item.getId(), null, item.auditView());
        records.meeting(m);
    }

    private Meeting openMeeting(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (m.getStatus() == MeetingStatus.HELD || m.getStatus() == MeetingStatus.CANCELLED) {
            throw new MeetingRuleBroken("council-meeting.rule.agendaClosed");
        }
        return m;
    }

    private AgendaItem load(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("agenda item", id));
    }

    private static List<Problem> check(ItemDetails d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isEmpty()) {
            problems.add(new Problem("titleSq", "council-meeting.item.title.required"));
        }
        return problems;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.bashke.council.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling a body's meeting, changing its time and place, and moving it through its statuses. */
@Component
public class ScheduleMeeting {

    private final Meetings meetings;
    private final Membership membership;
    private final Directory directory;
    private final MeetingRights rights;
    private final MeetingRecords records;
    private final AuditLog audit;
    private final Clock clock;

    ScheduleMeeting(Meetings meetings, Membership membership, Directory directory, MeetingRights rights,
                    MeetingRecords records, AuditLog audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.membership = membership;
        this.directory = directory;
        this.rights = rights;
        this.records = records;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Outcome(Long id, List<Problem> problems) {
    }

    public enum Change { HOLD, CANCEL, POSTPONE }

    @Transactional
    public Outcome schedule(long bodyId, MeetingDetails d) {
        if (membership.body(bodyId).isEmpty()) {
            return new Outcome(null, List.of(new Problem("bodyId", "council-meeting.body.unknown")));
        }
        rights.requireManage(bodyId);
        List<Problem> problems = check(d);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Meeting m = meetings.saveAndFlush(new Meeting(bodyId, d, rights.actor(), clock.instant()));
        audit.record("council.meeting.scheduled", "meeting", m.getId(), null, m.auditView());
        records.meeting(m);
        return new Outcome(m.getId(), List.of());
    }

    @Transactional
    public Outcome reschedule(long meetingId, MeetingDetails d) {
        Meeting m = load(meetingId);
        rights.requireManage(m.getBodyId());
        List<Problem> problems = check(d);
        if (!problems.isEmpty()) {
            return new Outcome(meetingId, problems);
        }
        var before = m.auditView();
        try {
            m.reschedule(d, rights.actor(), clock.instant());
        } catch (MeetingRuleBroken e) {
            return new Outcome(meetingId, List.of(new Problem("startsAt", e.messageKey())));
        }
        meetings.saveAndFlush(m);
        audit.record("council.meeting.rescheduled", "meeting", meetingId, before, m.auditView());
        records.meeting(m);
        return new Outcome(meetingId, List.of());
    }

    /** @throws MeetingRuleBroken when the status may not change so */
    @Transactional
    public void change(long meetingId, Change change) {
        Meeting m = load(meetingId);
        rights.requireManage(m.getBodyId());
        var before = m.auditView();
        switch (change) {
            case HOLD -> m.hold(rights.actor(), clock.instant());
            case CANCEL -> m.cancel(rights.actor(), clock.instant());
            case POSTPONE -> m.postpone(rights.actor(), clock.instant());
        }
        meetings.saveAndFlush(m);
        audit.record("council.meeting." + change.name().toLowerCase(java.util.Locale.ROOT), "meeting", meetingId,
                before, m.auditView());
        records.meeting(m);
    }

    private Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    private List<Problem> check(MeetingDetails d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isEmpty()) {
            problems.add(new Problem("titleSq", "council-meeting.title.required"));
        }
        if (d.startsAt() == null) {
            problems.add(new Problem("startsAt", "council-meeting.startsAt.required"));
        }
        if (d.endsAt() == null) {
            problems.add(new Problem("endsAt", "council-meeting.endsAt.required"));
        } else if (d.startsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            problems.add(new Problem("endsAt", "council-meeting.endsAt.beforeStart"));
        }
        boolean hasPlace = d.place() != null && !d.place().isBlank();
        boolean hasLink = d.onlineUrl() != null && !d.onlineUrl().isBlank();
        if (!hasPlace && !hasLink) {
            problems.add(new Problem("place", "council-meeting.place.required"));
        }
        if (hasLink && !d.onlineUrl().matches("https?://\\S+")) {
            problems.add(new Problem("onlineUrl", "council-meeting.onlineUrl.invalid"));
        }
        if (d.municipalityCode() != null
                && directory.municipalities().stream().noneMatch(mu -> mu.code().equals(d.municipalityCode()))) {
            problems.add(new Problem("municipalityCode", "council-meeting.municipality.unknown"));
        }
        return problems;
    }
}

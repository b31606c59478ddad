package org.bashke.council.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.body.Membership;
import org.bashke.council.body.SeatHolder;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance register: one line per seat held on the meeting's day, and the quorum the body's rule gives.
 * Until the register is taken, a line proposes what the member answered to the invitation.
 */
@Component
public class TakeAttendance {

    private final Meetings meetings;
    private final Attendances attendances;
    private final Invitations invitations;
    private final Membership membership;
    private final MeetingRights rights;
    private final AuditLog audit;
    private final Clock clock;

    TakeAttendance(Meetings meetings, Attendances attendances, Invitations invitations, Membership membership,
                   MeetingRights rights, AuditLog audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.invitations = invitations;
        this.membership = membership;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * @param status   recorded, or proposed from the answer when {@code recorded} is false; null when neither
     * @param answer   the member's answer to the invitation, or null
     */
    public record Line(SeatHolder seat, AttendanceStatus status, boolean recorded, RsvpAnswer answer) {
    }

    public record Register(List<Line> lines, Quorum quorum, boolean taken) {
    }

    @Transactional(readOnly = true)
    public Register register(long meetingId) {
        Meeting m = load(meetingId);
        Map<Long, Attendance> recorded = new HashMap<>();
        attendances.findByMeetingId(meetingId).forEach(a -> recorded.put(a.getSeatId(), a));
        Map<Long, RsvpAnswer> answers = new HashMap<>();
        invitations.findByMeetingId(meetingId).forEach(i -> {
            if (i.getAnswer() != null) {
                answers.put(i.getAccountId(), i.getAnswer());
            }
        });
        List<Line> lines = new ArrayList<>();
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        for (SeatHolder h : membership.members(m.getBodyId(), m.getDate())) {
            Attendance a = recorded.get(h.seatId());
            RsvpAnswer answer = answers.get(h.accountId());
            AttendanceStatus status = a != null ? a.getStatus() : proposed(answer, h);
            lines.add(new Line(h, status, a != null, answer));
            if (a != null) {
                statuses.put(h.seatId(), a.getStatus());
            }
        }
        return new Register(lines, quorum(m, statuses), !recorded.isEmpty());
    }

    /** The quorum with these statuses per seat (the register as recorded, or as being filled in on the page). */
    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId, Map<Long, AttendanceStatus> statuses) {
        return quorum(load(meetingId), statuses);
    }

    /** @throws MeetingRuleBroken when the meeting is not sitting or a seat has no substitute to send */
    @Transactional
    public void record(long meetingId, Map<Long, AttendanceStatus> statuses) {
        Meeting m = load(meetingId);
        rights.requireManage(m.getBodyId());
        m.requireSitting(clock.instant());
        Map<String, Object> after = new HashMap<>();
        for (SeatHolder h : membership.members(m.getBodyId(), m.getDate())) {
            AttendanceStatus status = statuses.get(h.seatId());
            if (status == null) {
                continue;
            }
            Attendance a = attendances.findByMeetingIdAndSeatId(meetingId, h.seatId())
                    .orElseGet(() -> new Attendance(meetingId, h.seatId(), h.accountId(), h.substituteAccountId(),
                            h.organisationId()));
            a.record(status, rights.actor(), clock.instant());
            attendances.save(a);
            after.put(String.valueOf(h.seatId()), status);
        }
        attendances.flush();
        audit.record("council.meeting.attendanceTaken", "meeting", meetingId, null, after);
    }

    private Quorum quorum(Meeting m, Map<Long, AttendanceStatus> statuses) {
        List<SeatHolder> seats = membership.members(m.getBodyId(), m.getDate());
        int present = (int) seats.stream().map(s -> statuses.get(s.seatId()))
                .filter(s -> s != null && s.seatFilled()).count();
        return Quorum.count(membership.quorumRule(m.getBodyId()), present, seats.size(),
                membership.seatsProvided(m.getBodyId(), m.getDate()));
    }

    private static AttendanceStatus proposed(RsvpAnswer answer, SeatHolder h) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case ATTENDING -> AttendanceStatus.PRESENT;
            case SENDING_SUBSTITUTE -> h.substituteAccountId() != null ? AttendanceStatus.SUBSTITUTE_PRESENT : AttendanceStatus.EXCUSED;
            case ABSENT -> AttendanceStatus.EXCUSED;
        };
    }

    private Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }
}

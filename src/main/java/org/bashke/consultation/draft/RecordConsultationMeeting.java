package org.bashke.consultation.draft;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution records a meeting it held within a consultation. Named rules: the meeting falls within the
 * consultation (from its opening to its closing, or to today while it is open) and not in the future; fewer
 * organisations than participants; a place is given.
 */
@Service
public class RecordConsultationMeeting {

    public record MeetingValues(LocalDate heldOn, String place, Integer participants, Integer organisations, String summary) {
    }

    private final ManageConsultations manage;
    private final ConsultationMeetingRepository meetings;
    private final AuditLog audit;

    RecordConsultationMeeting(ManageConsultations manage, ConsultationMeetingRepository meetings, AuditLog audit) {
        this.manage = manage;
        this.meetings = meetings;
        this.audit = audit;
    }

    @Transactional
    public long record(long consultationId, MeetingValues v) {
        Consultation c = manage.findToManage(consultationId);
        check(c, v, LocalDate.now(ManageConsultations.KOSOVO));
        ConsultationMeeting meeting = meetings.save(new ConsultationMeeting(c.getId(), v.heldOn(), v.place().strip(),
                v.participants(), v.organisations() == null ? 0 : v.organisations(),
                v.summary() == null || v.summary().isBlank() ? null : v.summary().strip(), Instant.now()));
        audit.record("consultation.meeting.recorded", "consultation-meeting", meeting.getId(), null, meeting.auditValues());
        return meeting.getId();
    }

    /** The rules, apart so they can be tested without a database. */
    static void check(Consultation c, MeetingValues v, LocalDate today) {
        if (v.heldOn() == null || v.place() == null || v.place().isBlank() || v.participants() == null) {
            throw new ConsultationRuleException("consultation.meeting.rule.required");
        }
        LocalDate last = c.getClosedOn() != null ? c.getClosedOn() : c.getClosesOn();
        if (v.heldOn().isBefore(c.getOpensOn()) || v.heldOn().isAfter(last) || v.heldOn().isAfter(today)) {
            throw new ConsultationRuleException("consultation.meeting.rule.outsidePeriod");
        }
        int organisations = v.organisations() == null ? 0 : v.organisations();
        if (v.participants() < 0 || organisations < 0 || organisations > v.participants()) {
            throw new ConsultationRuleException("consultation.meeting.rule.counts");
        }
    }
}

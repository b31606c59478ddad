package org.bashke.council.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.DecisionAdopted;
import org.bashke.directory.Directory;
import org.bashke.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision on an agenda item, taken while the meeting sits. Numbered per body and year ("2026/3"); published
 * as {@link DecisionAdopted} for monitoring to track, and as a public record.
 */
@Component
public class AdoptDecision {

    private final Meetings meetings;
    private final AgendaItems items;
    private final Decisions decisions;
    private final Directory directory;
    private final MeetingRights rights;
    private final MeetingRecords records;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AdoptDecision(Meetings meetings, AgendaItems items, Decisions decisions, Directory directory, MeetingRights rights,
                  MeetingRecords records, ApplicationEventPublisher events, AuditLog audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.directory = directory;
        this.rights = rights;
        this.records = records;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Outcome(Long id, List<Problem> problems) {
    }

    @Transactional
    public Outcome adopt(long meetingId, DecisionDetails d) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        rights.requireManage(m.getBodyId());
        List<Problem> problems = new ArrayList<>();
        Optional<AgendaItem> item = items.findById(d.agendaItemId()).filter(i -> i.getMeetingId() == meetingId);
        if (item.isEmpty()) {
            problems.add(new Problem("agendaItemId", "council-meeting.decision.item.unknown"));
        }
        if (d.text() == null || d.text().isEmpty()) {
            problems.add(new Problem("textSq", "council-meeting.decision.text.required"));
        }
        if (d.responsibleOrganisationId() != null && directory.organisation(d.responsibleOrganisationId()).isEmpty()) {
            problems.add(new Problem("responsibleOrganisationId", "council-meeting.decision.organisation.unknown"));
        }
        if (d.deadline() != null && d.deadline().isBefore(m.getDate())) {
            problems.add(new Problem("deadline", "council-meeting.decision.deadline.beforeMeeting"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        try {
            m.requireSitting(clock.instant());
        } catch (MeetingRuleBroken e) {
            return new Outcome(null, List.of(new Problem("agendaItemId", e.messageKey())));
        }
        String prefix = m.getDate().getYear() + "/";
        String number = prefix + (decisions.countNumbered(m.getBodyId(), prefix) + 1);
        Decision decision = decisions.saveAndFlush(new Decision(m, item.get(), number, d, rights.actor(), clock.instant()));
        audit.record("council.decision.adopted", "decision", decision.getId(), null, decision.auditView());
        events.publishEvent(new DecisionAdopted(decision.getId(), decision.getBodyId(), meetingId, number,
                decision.getText(), decision.getResponsibleOrganisationId(), decision.getResponsible(),
                decision.getDeadline(), decision.getAdoptedOn(), decision.url()));
        records.decision(decision);
        return new Outcome(decision.getId(), List.of());
    }
}

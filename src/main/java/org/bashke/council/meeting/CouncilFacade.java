package org.bashke.council.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.bashke.council.AttendanceRecord;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.council.DecisionSummary;
import org.bashke.council.MeetingSummary;
import org.bashke.council.body.Membership;
import org.bashke.shared.text.LocalizedText;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council module's facade for other modules, and what the CSO voice needs of meetings. Questions about
 * bodies and seats go to {@link Membership}; meetings, decisions and attendance are answered here.
 */
@Component
@Transactional(readOnly = true)
class CouncilFacade implements Council, Agendas {

    private final Membership membership;
    private final Meetings meetings;
    private final AgendaItems items;
    private final Decisions decisions;
    private final MinutesVersions minutes;
    private final Attendances attendances;
    private final EditAgenda editAgenda;
    private final MeetingRights rights;
    private final Clock clock;

    CouncilFacade(Membership membership, Meetings meetings, AgendaItems items, Decisions decisions,
                  MinutesVersions minutes, Attendances attendances, EditAgenda editAgenda, MeetingRights rights,
                  Optional<Clock> clock) {
        this.membership = membership;
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.minutes = minutes;
        this.attendances = attendances;
        this.editAgenda = editAgenda;
        this.rights = rights;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<BodySummary> bodies() {
        return membership.bodies();
    }

    @Override
    public Optional<BodySummary> body(long id) {
        return membership.body(id);
    }

    @Override
    public Optional<BodySummary> body(String code) {
        return membership.body(code);
    }

    @Override
    @Transactional
    public BodySummary createBody(String code, LocalizedText name, BodyKind kind, Long parentId, Integer objective) {
        return membership.createBody(code, name, kind, parentId, objective);
    }

    @Override
    public Optional<MeetingSummary> meeting(long id) {
        return meetings.findById(id).map(CouncilFacade::summary);
    }

    @Override
    public List<MeetingSummary> meetingsOfBody(long bodyId) {
        return meetings.findByBodyIdOrderByStartsAtDesc(bodyId).stream().map(CouncilFacade::summary).toList();
    }

    @Override
    public List<MeetingSummary> upcomingMeetings(int limit) {
        return meetings.upcoming(clock.instant(), List.of(MeetingStatus.PLANNED, MeetingStatus.CONVENED),
                PageRequest.of(0, Math.max(1, limit))).stream().map(CouncilFacade::summary).toList();
    }

    @Override
    public Optional<DecisionSummary> decision(long id) {
        return decisions.findById(id).map(Decision::summary);
    }

    @Override
    public List<DecisionSummary> latestDecisions(int limit) {
        return decisions.findAllByOrderByAdoptedOnDescIdDesc(PageRequest.of(0, Math.max(1, limit)))
                .map(Decision::summary).getContent();
    }

    @Override
    public boolean sitsForCivilSociety(long accountId, java.time.LocalDate on) {
        return membership.bodies().stream()
                .filter(b -> b.kind() == org.bashke.council.BodyKind.COUNCIL || b.kind() == org.bashke.council.BodyKind.WORKING_TEAM)
                .flatMap(b -> membership.members(b.id(), on).stream())
                .anyMatch(h -> h.side() == org.bashke.council.body.Side.CIVIL_SOCIETY
                        && (h.accountId() == accountId || Long.valueOf(accountId).equals(h.substituteAccountId())));
    }

    @Override
    @Transactional
    public Optional<MeetingSummary> proposeAgendaItem(long bodyId, LocalizedText title, String sourceUrl) {
        return editAgenda.propose(bodyId, title, sourceUrl).map(CouncilFacade::summary);
    }

    @Override
    public List<AttendanceRecord> attendanceOfOrganisation(long organisationId) {
        return attendances.confirmedForOrganisation(organisationId).stream().map(this::record).toList();
    }

    @Override
    public Optional<AttendanceRecord> attendance(long meetingId, long accountId) {
        Optional<Meeting> m = meetings.findById(meetingId).filter(x -> x.getStatus() == MeetingStatus.HELD);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return attendances.findByMeetingId(meetingId).stream()
                .filter(a -> a.getStatus().seatFilled() && Long.valueOf(accountId).equals(a.attendeeAccountId()))
                .findFirst().map(this::record);
    }

    @Override
    public List<AgendaItemInfo> agenda(long meetingId) {
        return items.findByMeetingIdOrderByPosition(meetingId).stream().map(AgendaItem::info).toList();
    }

    @Override
    public Optional<AgendaItemInfo> agendaItem(long agendaItemId) {
        return items.findById(agendaItemId).map(AgendaItem::info);
    }

    @Override
    public List<DecisionSummary> decisions(long agendaItemId) {
        return decisions.findByAgendaItemIdOrderById(agendaItemId).stream().map(Decision::summary).toList();
    }

    @Override
    public Optional<String> publishedMinutesUrl(long meetingId) {
        return minutes.findFirstByMeetingIdAndStatusOrderByNumberDesc(meetingId, MinutesStatus.PUBLISHED)
                .map(x -> "/council/meetings/" + meetingId + "#minutes");
    }

    @Override
    public boolean mayManage(long meetingId) {
        return meetings.findById(meetingId).map(m -> rights.mayManage(m.getBodyId())).orElse(false);
    }

    private AttendanceRecord record(Attendance a) {
        long body = meetings.findById(a.getMeetingId()).map(Meeting::getBodyId).orElse(0L);
        return new AttendanceRecord(a.getMeetingId(), body, a.attendeeAccountId(), a.getOrganisationId(),
                a.getStatus().name());
    }

    static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(m.getId(), m.getBodyId(), m.getTitle(), m.getStartsLocal().toOffsetDateTime(),
                m.getEndsLocal().toOffsetDateTime(), m.getPlace(), m.getMunicipalityCode(), m.getStatus().name(), m.url());
    }
}

package org.bashke.council;

import java.util.List;
import java.util.Optional;
import org.bashke.shared.text.LocalizedText;

/** What other modules (monitoring, portal, support, network, reporting) may ask of the council module. */
public interface Council {

    List<BodySummary> bodies();

    Optional<BodySummary> body(long id);

    Optional<BodySummary> body(String code);

    /**
     * Creates a body (the network module makes CiviKos's Assembly and Board this way). Audited as the
     * current user, or as {@code system:<module>} when there is none.
     */
    BodySummary createBody(String code, LocalizedText name, BodyKind kind, Long parentId, Integer objective);

    Optional<MeetingSummary> meeting(long id);

    /** Every meeting of one body, latest first (the network records Board decisions against them). */
    List<MeetingSummary> meetingsOfBody(long bodyId);

    /** Planned and convened meetings of every body from now on, soonest first. */
    List<MeetingSummary> upcomingMeetings(int limit);

    Optional<DecisionSummary> decision(long id);

    List<DecisionSummary> latestDecisions(int limit);

    /**
     * Whether the person sits on the civil-society side of the Council or of one of its working teams on the day,
     * as seat holder or as a seat's substitute: who may give the CSO assessment of the government's progress.
     */
    boolean sitsForCivilSociety(long accountId, java.time.LocalDate on);

    /**
     * Puts an item on the agenda of the body's next planned or convened meeting (the secretariat's
     * "put the overdue obligations on the next Council agenda").
     *
     * @param sourceUrl where the item comes from, shown on the agenda
     * @return the meeting it was added to, or empty when the body has no upcoming meeting
     */
    Optional<MeetingSummary> proposeAgendaItem(long bodyId, LocalizedText title, String sourceUrl);

    /** Confirmed attendance at held meetings of the people of one organisation (for the participation fund). */
    List<AttendanceRecord> attendanceOfOrganisation(long organisationId);

    /** Confirmed attendance of one person at one meeting, if any. */
    Optional<AttendanceRecord> attendance(long meetingId, long accountId);
}

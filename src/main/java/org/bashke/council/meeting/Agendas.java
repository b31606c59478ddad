package org.bashke.council.meeting;

import java.util.List;
import java.util.Optional;
import org.bashke.council.DecisionSummary;
import org.bashke.council.MeetingSummary;

/**
 * Inside the council module: what the CSO voice (calls for input, positions, report-back) needs of
 * meetings. Implemented in this package.
 */
public interface Agendas {

    Optional<MeetingSummary> meeting(long meetingId);

    List<AgendaItemInfo> agenda(long meetingId);

    Optional<AgendaItemInfo> agendaItem(long agendaItemId);

    /** Decisions adopted on the item (empty before the meeting or when none was taken). */
    List<DecisionSummary> decisions(long agendaItemId);

    /** The public page of the meeting's approved minutes, when they are published. */
    Optional<String> publishedMinutesUrl(long meetingId);

    /** Whether the current user may run this meeting (see {@link org.bashke.council.body.Membership#mayManage}). */
    boolean mayManage(long meetingId);
}

package org.bashke.council.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Attendances extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingId(long meetingId);

    Optional<Attendance> findByMeetingIdAndSeatId(long meetingId, long seatId);

    @Query("select a from CouncilAttendance a, CouncilMeeting m where a.meetingId = m.id and m.status = org.bashke.council.meeting.MeetingStatus.HELD"
            + " and a.organisationId = :organisationId and a.status in (org.bashke.council.meeting.AttendanceStatus.PRESENT,"
            + " org.bashke.council.meeting.AttendanceStatus.SUBSTITUTE_PRESENT) order by m.startsAt desc")
    List<Attendance> confirmedForOrganisation(long organisationId);
}

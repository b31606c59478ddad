package org.bashke.council.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByBodyIdOrderByStartsAtDesc(long bodyId);

    List<Meeting> findByBodyIdInOrderByStartsAtDesc(Collection<Long> bodyIds);

    List<Meeting> findAllByOrderByStartsAtDesc(Pageable page);

    @Query("select m from CouncilMeeting m where m.endsAt >= :now and m.status in :statuses order by m.startsAt")
    List<Meeting> upcoming(Instant now, Collection<MeetingStatus> statuses, Pageable page);

    @Query("select m from CouncilMeeting m where m.bodyId = :bodyId and m.endsAt >= :now and m.status in :statuses order by m.startsAt")
    List<Meeting> upcomingOfBody(long bodyId, Instant now, Collection<MeetingStatus> statuses, Pageable page);

    @Query("select m from CouncilMeeting m where m.bodyId = :bodyId and m.startsAt > :after and m.status in :statuses order by m.startsAt")
    List<Meeting> laterOfBody(long bodyId, Instant after, Collection<MeetingStatus> statuses);
}

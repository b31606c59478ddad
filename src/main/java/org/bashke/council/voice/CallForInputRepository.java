package org.bashke.council.voice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CallForInputRepository extends JpaRepository<CallForInput, Long> {

    /** Calls taking input now, closing soonest first. */
    @Query("select c from CallForInput c where c.closedEarlyAt is null and c.deadline > ?1 order by c.deadline asc")
    List<CallForInput> openAt(Instant now);

    List<CallForInput> findAllByOrderByDeadlineDesc();

    List<CallForInput> findByMeetingIdOrderByDeadlineDesc(long meetingId);
}

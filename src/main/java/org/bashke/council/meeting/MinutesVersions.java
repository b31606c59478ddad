package org.bashke.council.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesVersions extends JpaRepository<Minutes, Long> {

    List<Minutes> findByMeetingIdOrderByNumberDesc(long meetingId);

    Optional<Minutes> findFirstByMeetingIdAndStatusOrderByNumberDesc(long meetingId, MinutesStatus status);

    List<Minutes> findByApprovedAtMeetingIdOrderById(long meetingId);

    List<Minutes> findByStatusInOrderById(Collection<MinutesStatus> statuses);
}

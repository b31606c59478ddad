package org.bashke.council.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Papers extends JpaRepository<Paper, Long> {

    List<Paper> findByMeetingIdOrderById(long meetingId);
}

package org.bashke.council.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);
}

package org.bashke.council.meeting;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderById(long meetingId);

    List<Decision> findByAgendaItemIdOrderById(long agendaItemId);

    Page<Decision> findAllByOrderByAdoptedOnDescIdDesc(Pageable page);

    Page<Decision> findByBodyIdOrderByAdoptedOnDescIdDesc(long bodyId, Pageable page);

    @Query("select count(d) from CouncilDecision d where d.bodyId = :bodyId and d.number like concat(:prefix, '%')")
    long countNumbered(long bodyId, String prefix);
}

package org.bashke.portal.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PortalEvents extends JpaRepository<PortalEvent, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from PortalEvent e where e.id = :id")
    Optional<PortalEvent> lockById(@Param("id") long id);

    @Query("""
            select e from PortalEvent e where e.published = true and e.endsAt >= :now
              and (:hubId is null or e.hubId = :hubId) order by e.startsAt, e.id""")
    List<PortalEvent> upcoming(@Param("now") Instant now, @Param("hubId") Long hubId, Pageable page);

    @Query("""
            select e from PortalEvent e where e.published = true and e.endsAt < :now
              and (:hubId is null or e.hubId = :hubId) order by e.startsAt desc, e.id desc""")
    List<PortalEvent> past(@Param("now") Instant now, @Param("hubId") Long hubId, Pageable page);

    List<PortalEvent> findByPublishedTrueOrderByStartsAt();

    List<PortalEvent> findAllByOrderByStartsAtDesc();

    List<PortalEvent> findByHubIdInOrderByStartsAtDesc(java.util.Collection<Long> hubIds);
}

package org.bashke.portal.events;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Registrations extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

    long countByEventIdAndStatus(long eventId, Registration.Status status);

    List<Registration> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(long eventId, Registration.Status status);
}

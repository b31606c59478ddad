package org.bashke.monitoring.obligation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByUpdateId(long updateId);

    boolean existsByUpdateId(long updateId);

    List<Assessment> findByUpdateIdIn(Collection<Long> updateIds);
}

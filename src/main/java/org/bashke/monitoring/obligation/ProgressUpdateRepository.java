package org.bashke.monitoring.obligation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByObligationIdOrderByCreatedAtAscIdAsc(long obligationId);

    List<ProgressUpdate> findByObligationIdInOrderByCreatedAtAscIdAsc(Collection<Long> obligationIds);

    List<ProgressUpdate> findTop50ByOrderByCreatedAtDesc();
}

package org.bashke.monitoring.obligation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByObligationIdOrderById(long obligationId);

    List<Indicator> findByObligationIdInOrderById(Collection<Long> obligationIds);
}

package org.bashke.monitoring.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    List<Objective> findByStrategyIdOrderByCode(long strategyId);

    Optional<Objective> findByStrategyIdAndCode(long strategyId, String code);
}

package org.bashke.monitoring.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByStrategyIdOrderByYear(long strategyId);

    Optional<WorkPlan> findByStrategyIdAndYear(long strategyId, int year);
}

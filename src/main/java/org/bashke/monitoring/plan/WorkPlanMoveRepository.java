package org.bashke.monitoring.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkPlanMoveRepository extends JpaRepository<WorkPlanMove, Long> {

    List<WorkPlanMove> findByObligationIdOrderByMovedAtAscIdAsc(long obligationId);

    /** Everything that came into or left a year of a strategy, oldest first. */
    @Query("select m from MonitoringWorkPlanMove m where m.strategyId = ?1 and (m.fromYear = ?2 or m.toYear = ?2) order by m.movedAt, m.id")
    List<WorkPlanMove> touchingYear(long strategyId, int year);
}

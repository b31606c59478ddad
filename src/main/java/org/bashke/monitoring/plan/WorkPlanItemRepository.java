package org.bashke.monitoring.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanItemRepository extends JpaRepository<WorkPlanItem, Long> {

    List<WorkPlanItem> findByWorkPlanId(long workPlanId);

    List<WorkPlanItem> findByWorkPlanIdIn(Collection<Long> workPlanIds);
}

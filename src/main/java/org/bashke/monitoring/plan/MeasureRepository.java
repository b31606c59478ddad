package org.bashke.monitoring.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByObjectiveIdInOrderByCode(Collection<Long> objectiveIds);

    Optional<Measure> findByObjectiveIdAndCode(long objectiveId, String code);
}

package org.bashke.network.position;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkPositionVersionRepository extends JpaRepository<PositionVersion, Long> {

    List<PositionVersion> findByPositionIdOrderByNumberDesc(long positionId);

    Optional<PositionVersion> findFirstByPositionIdOrderByNumberDesc(long positionId);

    Optional<PositionVersion> findByPositionIdAndNumber(long positionId, int number);

    List<PositionVersion> findByPositionIdIn(Collection<Long> positionIds);
}

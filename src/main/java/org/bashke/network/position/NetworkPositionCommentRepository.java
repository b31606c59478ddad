package org.bashke.network.position;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkPositionCommentRepository extends JpaRepository<PositionComment, Long> {

    List<PositionComment> findByPositionIdOrderByCreatedAtAsc(long positionId);
}

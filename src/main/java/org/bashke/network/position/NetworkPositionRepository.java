package org.bashke.network.position;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkPositionRepository extends JpaRepository<NetworkPosition, Long> {

    List<NetworkPosition> findByStatusOrderByAdoptedOnDescIdDesc(PositionStatus status);

    List<NetworkPosition> findByStatusOrderByConsultationDeadlineAscIdAsc(PositionStatus status);

    List<NetworkPosition> findAllByOrderByUpdatedAtDesc();
}

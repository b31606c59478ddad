package org.bashke.network.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    List<WorkingGroup> findAllByOrderByObjectiveAsc();

    Optional<WorkingGroup> findByObjective(int objective);
}

package org.bashke.council.election;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionResultRepository extends JpaRepository<ElectionResult, Long> {

    List<ElectionResult> findByElectionIdOrderByPositionAsc(long electionId);
}

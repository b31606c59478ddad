package org.bashke.network.internship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternshipCheckIns extends JpaRepository<InternshipCheckIn, Long> {

    List<InternshipCheckIn> findByPlacementIdOrderByMonthAscWrittenAtAsc(long placementId);
}

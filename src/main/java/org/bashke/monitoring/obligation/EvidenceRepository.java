package org.bashke.monitoring.obligation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByUpdateIdIn(Collection<Long> updateIds);

    List<Evidence> findByAssessmentIdIn(Collection<Long> assessmentIds);
}

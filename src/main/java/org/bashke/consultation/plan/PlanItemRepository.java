package org.bashke.consultation.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByInstitutionIdAndYearOrderByQuarterAscIdAsc(long institutionId, int year);

    long countByInstitutionIdAndYear(long institutionId, int year);

    List<PlanItem> findByYear(int year);
}

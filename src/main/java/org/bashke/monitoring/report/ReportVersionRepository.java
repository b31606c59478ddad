package org.bashke.monitoring.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    List<ReportVersion> findByStrategyIdAndYearOrderByVersionDesc(long strategyId, int year);

    List<ReportVersion> findAllByOrderByYearDescStrategyIdAscVersionDesc();

    List<ReportVersion> findByStatusOrderByYearDescStrategyIdAscVersionDesc(ReportVersion.Status status);

    List<ReportVersion> findByStatusIn(Collection<ReportVersion.Status> statuses);
}

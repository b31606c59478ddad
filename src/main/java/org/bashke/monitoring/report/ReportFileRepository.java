package org.bashke.monitoring.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportFileRepository extends JpaRepository<ReportFile, Long> {

    List<ReportFile> findByReportIdOrderByLanguageAscFormatAsc(long reportId);

    List<ReportFile> findByReportIdIn(Collection<Long> reportIds);

    Optional<ReportFile> findByReportIdAndLanguageAndFormat(long reportId, String language, String format);

    List<ReportFile> findByStateIn(Collection<ReportFile.State> states);
}

package org.bashke.monitoring.reporting;

import static org.bashke.shared.reporting.ResultFigure.Result.R1;

import java.util.List;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Monitoring's part of result 1: of the obligations whose deadline fell in the period and has passed (cancelled
 * ones aside), how many were completed on or before it; and how many were completed in the period at all. Both
 * are counted over the period: over several years the on-time count and the obligations due each add up (SUM).
 */
@Component
class MonitoringResultFigures implements ResultFigures {

    private final JdbcTemplate jdbc;

    MonitoringResultFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        // due: deadline in the period and before the as-of day; a finished year's last day has passed too, so
        // that the years of a longer period count the same obligations as the period does
        java.time.LocalDate before = period.asOf().isBefore(period.last()) ? period.asOf() : period.last().plusDays(1);
        Long due = jdbc.queryForObject("""
                SELECT COUNT(*) FROM monitoring_obligation
                WHERE status <> 'CANCELLED' AND deadline >= ? AND deadline <= ? AND deadline < ?""",
                Long.class, period.first(), period.last(), before);
        Long onTime = jdbc.queryForObject("""
                SELECT COUNT(*) FROM monitoring_obligation
                WHERE status = 'COMPLETED' AND completed_on IS NOT NULL AND completed_on <= deadline
                  AND deadline >= ? AND deadline <= ? AND deadline < ?""",
                Long.class, period.first(), period.last(), before);
        Long completed = jdbc.queryForObject("""
                SELECT COUNT(*) FROM monitoring_obligation WHERE status = 'COMPLETED' AND completed_on BETWEEN ? AND ?""",
                Long.class, period.first(), period.last());
        return List.of(
                ResultFigure.countOf(R1, 70, "monitoring.obligationsOnTime", onTime, due, "/monitoring"),
                ResultFigure.count(R1, 80, "monitoring.obligationsCompleted", completed, "/monitoring"));
    }
}

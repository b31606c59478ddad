package org.bashke.monitoring.tracker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flat open datasets, one row per record, the same columns in JSON and CSV (described by the module's OpenAPI
 * document): the plan's tree (strategies, objectives, measures), every progress update with the CSO assessment
 * beside it, and the work plans' placements and moves. Read with plain SQL: tens of thousands of updates are
 * streamed as rows, never loaded as entities.
 */
@Service("monitoringOpenDataSets")
@Transactional(readOnly = true)
public class OpenDataSets {

    public static final List<String> NAMES = List.of("plan", "updates", "work-plans");

    private static final Map<String, String> SQL = Map.of(
            "plan", """
                    SELECT s.id AS strategy_id, s.code AS strategy_code, s.title_sq AS strategy_title_sq, s.title_sr AS strategy_title_sr,
                           s.title_en AS strategy_title_en, s.starts_year, s.ends_year,
                           o.id AS objective_id, o.code AS objective_code, o.title_sq AS objective_title_sq,
                           o.title_sr AS objective_title_sr, o.title_en AS objective_title_en,
                           m.id AS measure_id, m.code AS measure_code, m.title_sq AS measure_title_sq, m.title_sr AS measure_title_sr,
                           m.title_en AS measure_title_en
                      FROM monitoring_strategy s
                      LEFT JOIN monitoring_objective o ON o.strategy_id = s.id
                      LEFT JOIN monitoring_measure m ON m.objective_id = o.id
                     ORDER BY s.starts_year, s.code, o.code, m.code""",
            "updates", """
                    SELECT u.id AS update_id, u.obligation_id, ob.code AS obligation_code, ob.institution_id,
                           to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS filed_at,
                           u.status, u.percent, u.cancel_reason, u.narrative_sq, u.narrative_sr, u.narrative_en,
                           (SELECT count(*) FROM monitoring_evidence e WHERE e.update_id = u.id) AS evidence_count,
                           a.verdict AS cso_verdict, a.narrative_sq AS cso_narrative_sq, a.narrative_sr AS cso_narrative_sr,
                           a.narrative_en AS cso_narrative_en,
                           to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS assessed_at
                      FROM monitoring_update u
                      JOIN monitoring_obligation ob ON ob.id = u.obligation_id
                      LEFT JOIN monitoring_assessment a ON a.update_id = u.id
                     ORDER BY u.id""",
            "work-plans", """
                    SELECT mv.id AS move_id, mv.strategy_id, mv.obligation_id, ob.code AS obligation_code, mv.from_year, mv.to_year,
                           mv.reason, mv.moved_by,
                           to_char(mv.moved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS moved_at,
                           (SELECT wp.year FROM monitoring_work_plan_item i JOIN monitoring_work_plan wp ON wp.id = i.work_plan_id
                             WHERE i.obligation_id = mv.obligation_id) AS current_year
                      FROM monitoring_work_plan_move mv
                      JOIN monitoring_obligation ob ON ob.id = mv.obligation_id
                     ORDER BY mv.id""");

    private final JdbcClient jdbc;

    OpenDataSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of a dataset by name; empty when there is no such dataset. */
    public Optional<List<Map<String, Object>>> rows(String name) {
        String sql = SQL.get(name);
        return sql == null ? Optional.empty() : Optional.of(jdbc.sql(sql).query().listOfRows());
    }
}

package org.bashke.network.reporting;

import static org.bashke.shared.reporting.ResultFigure.Result.R3;

import java.util.List;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The network's part of result 3: CiviKos members (on the as-of day, not counting those who left) and
 * representation mandates in force on the as-of day, both states taken at the end of the period (END_OF_PERIOD);
 * members who joined and positions adopted in the period, both sums over its years (SUM).
 */
@Component
class NetworkResultFigures implements ResultFigures {

    private final JdbcTemplate jdbc;

    NetworkResultFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        long members = count("""
                SELECT COUNT(*) FROM network_member WHERE member_since <= ? AND (left_on IS NULL OR left_on > ?)
                  AND status <> 'LEFT'""", period.asOf(), period.asOf());
        long joined = count("SELECT COUNT(*) FROM network_member WHERE member_since BETWEEN ? AND ?", period.first(), period.last());
        long positions = count("SELECT COUNT(*) FROM network_position WHERE status = 'ADOPTED' AND adopted_on BETWEEN ? AND ?",
                period.first(), period.last());
        long representations = count("""
                SELECT COUNT(*) FROM network_representation WHERE mandate_start <= ? AND (mandate_end IS NULL OR mandate_end >= ?)""",
                period.asOf(), period.asOf());
        return List.of(
                ResultFigure.count(R3, 10, "network.members", members, null).atEndOfPeriod(),
                ResultFigure.count(R3, 20, "network.membersJoined", joined, null),
                ResultFigure.count(R3, 30, "network.positionsAdopted", positions, "/network/positions"),
                ResultFigure.count(R3, 40, "network.representations", representations, "/network/representation").atEndOfPeriod());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

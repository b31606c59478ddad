package org.bashke.fund.reporting;

import static org.bashke.shared.reporting.ResultFigure.Result.R2;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fund's part of result 2: claims paid in the period and the euro paid (both add up over years: SUM), and
 * the organisations they went to (DISTINCT: an organisation paid in two years counts once over both).
 */
@Component
class FundResultFigures implements ResultFigures {

    private final JdbcTemplate jdbc;

    FundResultFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT COUNT(*) AS claims, COALESCE(SUM(p.amount), 0) AS amount, COUNT(DISTINCT c.organisation_id) AS organisations
                FROM support_payment p JOIN support_claim c ON c.id = p.claim_id
                WHERE p.paid_on BETWEEN ? AND ?""", period.first(), period.last());
        String url = period.singleYear() ? "/support?year=" + period.from() : "/support";
        return List.of(
                ResultFigure.count(R2, 50, "support.claimsPaid", ((Number) row.get("claims")).longValue(), url),
                ResultFigure.euro(R2, 60, "support.amountPaid", new BigDecimal(row.get("amount").toString()), url),
                ResultFigure.count(R2, 70, "support.organisationsSupported", ((Number) row.get("organisations")).longValue(), url).distinct());
    }
}

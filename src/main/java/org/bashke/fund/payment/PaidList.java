package org.bashke.fund.payment;

import java.util.List;
import org.bashke.fund.PaidToOrganisation;
import org.bashke.fund.ParticipationFund;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of what was paid to whom, by the year of the meetings paid for (the budget year, as in the
 * reports): a meeting of December paid in January counts in December's year.
 */
@Component
@Transactional(readOnly = true)
class PaidList implements ParticipationFund {

    private final JdbcTemplate jdbc;

    PaidList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PaidToOrganisation> paid(int year) {
        return jdbc.query("""
                SELECT c.organisation_id, c.body_id, COUNT(DISTINCT c.meeting_id) AS meetings,
                       SUM(p.amount + COALESCE((SELECT SUM(a.amount) FROM support_adjustment a WHERE a.claim_id = c.id), 0)) AS total
                  FROM support_payment p JOIN support_claim c ON c.id = p.claim_id
                 WHERE c.meeting_date >= ? AND c.meeting_date < ?
                 GROUP BY c.organisation_id, c.body_id
                 ORDER BY total DESC, c.organisation_id, c.body_id
                """, (rs, i) -> new PaidToOrganisation(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4)),
                java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)), java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
    }

    @Override
    public List<Integer> paidYears() {
        return jdbc.queryForList("SELECT DISTINCT CAST(EXTRACT(YEAR FROM c.meeting_date) AS INT) AS y FROM support_payment p "
                + "JOIN support_claim c ON c.id = p.claim_id ORDER BY y DESC",
                Integer.class);
    }
}

package org.bashke.network.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.bashke.network.Network;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A plain reading of the member register for the positions, representation and bulletins parts, written while
 * the member register itself was being built elsewhere: drop it when the register's own implementation of
 * {@link Network} arrives.
 */
@Component("networkJdbcMembers")
class JdbcNetwork implements Network {

    private static final String COLUMNS = "id, organisation_id, status, member_since, region_code";

    private final JdbcTemplate jdbc;

    JdbcNetwork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MemberSummary> members(MemberStatus status) {
        if (status == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM network_member ORDER BY member_since, id", JdbcNetwork::row);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM network_member WHERE status = ? ORDER BY member_since, id",
                JdbcNetwork::row, status.name());
    }

    @Override
    public Optional<MemberSummary> memberOf(long organisationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM network_member WHERE organisation_id = ?", JdbcNetwork::row, organisationId)
                .stream().findFirst();
    }

    @Override
    public boolean isActiveMember(long organisationId) {
        return memberOf(organisationId).map(m -> m.status() == MemberStatus.ACTIVE).orElse(false);
    }

    private static MemberSummary row(ResultSet rs, int n) throws SQLException {
        return new MemberSummary(rs.getLong("id"), rs.getLong("organisation_id"), MemberStatus.valueOf(rs.getString("status")),
                rs.getDate("member_since").toLocalDate(), rs.getString("region_code"));
    }
}

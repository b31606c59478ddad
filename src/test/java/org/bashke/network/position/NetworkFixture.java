package org.bashke.network.position;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Member organisations for the tests, written straight into the member register (each run makes its own). */
public final class NetworkFixture {

    private NetworkFixture() {
    }

    /** A new active member organisation in {@code region}; the id is not a directory organisation unless {@code organisationId} is given. */
    public static long activeMember(JdbcTemplate jdbc, String region) {
        long id = 900_000_000L + ThreadLocalRandom.current().nextLong(1, 99_000_000L);
        return activeMember(jdbc, id, region);
    }

    public static long activeMember(JdbcTemplate jdbc, long organisationId, String region) {
        jdbc.update("INSERT INTO network_member (organisation_id, status, member_since, region_code, created_at, updated_at) "
                + "VALUES (?, 'ACTIVE', ?, ?, now(), now()) ON CONFLICT (organisation_id) DO UPDATE SET status = 'ACTIVE'",
                organisationId, java.sql.Date.valueOf(LocalDate.of(2014, 4, 1)), region);
        return organisationId;
    }
}

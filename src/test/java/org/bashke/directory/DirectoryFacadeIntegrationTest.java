package org.bashke.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DirectoryFacadeIntegrationTest {

    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listing_all_active_organisations_is_not_the_capped_lookup_and_agrees_with_the_counts() {
        long active = jdbc.queryForObject("SELECT count(*) FROM directory_organisation WHERE NOT archived", Long.class);
        assertThat(directory.activeOrganisations(null)).hasSize((int) active).noneMatch(OrganisationSummary::archived);
        assertThat(directory.countActiveByType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(active);
        assertThat(directory.countActiveByType().get(OrganisationType.MUNICIPALITY)).isEqualTo(
                directory.activeOrganisations(OrganisationType.MUNICIPALITY).size()).isGreaterThanOrEqualTo(38L);
    }
}

package org.bashke.portal.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory publishes no events, so on a fresh installation its organisations would never reach
 * the search. When the index holds none, they (and the portal's own content) are indexed once at
 * start-up, after every module's demo data. Later directory changes need the rebuild command.
 */
@Component
@Order(400)
class SearchIndexBootstrap implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final RebuildSearchIndex rebuild;

    SearchIndexBootstrap(JdbcTemplate jdbc, RebuildSearchIndex rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject(
                "SELECT NOT EXISTS (SELECT 1 FROM portal_search_document WHERE module = 'directory')", Boolean.class);
        if (Boolean.TRUE.equals(empty)) {
            rebuild.rebuildAs("system:portal");
        }
    }
}

package org.bashke.portal.search;

import java.sql.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the recent part of the search index (see the migration that made it) near its size: when it
 * holds a quarter more rows than {@code bashke.search.recent-rows}, its start moves forward to the
 * publication time of its newest that-many rows and the older rows leave it. The start only ever moves
 * forward, in the same transaction as the rows leave, so every reader sees a part that holds every
 * entry of its period. A derived copy of the index, like the index itself: not audited row by row.
 */
@Component
class RecentSearchPart {

    private static final Logger log = LoggerFactory.getLogger(RecentSearchPart.class);

    private final JdbcTemplate jdbc;
    private final int size;

    RecentSearchPart(JdbcTemplate jdbc, @Value("${bashke.search.recent-rows:100000}") int size) {
        this.jdbc = jdbc;
        this.size = Math.max(1, size);
    }

    @Scheduled(fixedDelayString = "${bashke.search.recent-interval:PT1M}", initialDelayString = "PT1M")
    public void scheduled() {
        trim();
    }

    /**
     * Recovery, with the rebuild of the index: the part made again from the index, every entry of its
     * period. The number of rows it then holds.
     */
    @Transactional
    public int refill() {
        oneAtATime();
        return jdbc.queryForObject("SELECT portal_search_recent_fill()", Integer.class);
    }

    /** Moves the start forward when the part has grown past its size; the number of rows that left it. */
    @Transactional
    public int trim() {
        oneAtATime();
        // counted only as far as the limit, so that a part at its size costs little to check every minute
        long limit = size + size / 4;
        long rows = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM portal_search_recent LIMIT ?) r", Long.class, limit + 1);
        if (rows <= limit) {
            return 0;
        }
        Timestamp since = jdbc.queryForObject("""
                SELECT published_at FROM portal_search_recent
                 ORDER BY published_at DESC NULLS LAST LIMIT 1 OFFSET ?""", Timestamp.class, size - 1);
        jdbc.update("UPDATE portal_search_recent_since SET since = GREATEST(since, ?)", since);
        int removed = jdbc.update("""
                DELETE FROM portal_search_recent
                 WHERE published_at < (SELECT s.since FROM portal_search_recent_since s)""");
        log.info("Recent part of the search index starts at {}: {} older rows left it", since.toInstant(), removed);
        return removed;
    }

    /** One trim or refill at a time (two instances of the app, or a test beside the schedule), to the end of the transaction. */
    private void oneAtATime() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended('search:recent-part', 0))", Object.class);
    }
}

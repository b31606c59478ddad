package org.bashke.reporting.usage;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bashke.shared.reporting.ResultPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Page views per day and kind: counted in memory and added to {@code reporting_page_count} once a minute
 * (and on shutdown), one UPSERT per day and kind. Only the day, the kind and the number are kept.
 */
@Component
public class PageCounts {

    private static final Logger log = LoggerFactory.getLogger(PageCounts.class);

    record Key(LocalDate day, String kind) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Key, Long> pending = new ConcurrentHashMap<>();

    PageCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One more view of a page of this kind today. */
    public void count(String kind) {
        pending.merge(new Key(LocalDate.now(ResultPeriod.KOSOVO), kind), 1L, Long::sum);
    }

    /** Writes what was counted since the last flush. */
    @Scheduled(fixedDelayString = "${bashke.reporting.flush-millis:60000}", initialDelay = 60000)
    @PreDestroy
    public void flush() {
        List<Key> keys = new ArrayList<>(pending.keySet());
        for (Key key : keys) {
            Long n = pending.remove(key);
            if (n == null || n == 0) {
                continue;
            }
            try {
                jdbc.update("""
                        INSERT INTO reporting_page_count (day, kind, count) VALUES (?, ?, ?)
                        ON CONFLICT (day, kind) DO UPDATE SET count = reporting_page_count.count + EXCLUDED.count""",
                        key.day(), key.kind(), n);
            } catch (RuntimeException e) {
                pending.merge(key, n, Long::sum);
                log.warn("Page counts not saved, kept for the next flush: {}", e.getMessage());
                return;
            }
        }
    }

    /** Views from the first to the last day (both included) by kind, as written so far. */
    public Map<String, Long> byKind(LocalDate first, LocalDate last) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT kind, SUM(count) AS n FROM reporting_page_count WHERE day BETWEEN ? AND ? GROUP BY kind",
                rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                }, first, last);
        return counts;
    }
}

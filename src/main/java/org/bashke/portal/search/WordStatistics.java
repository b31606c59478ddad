package org.bashke.portal.search;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The share of rows holding each common word, the number of rows, and of rows in the recent part. */
record WordStatistics(NavigableMap<String, Double> frequencies, double rows, double recentRows, long readAt) {

    /**
     * The statistics as the planner keeps them now (ANALYZE refreshes them): only to choose how to read
     * the matches, never what they are.
     */
    static WordStatistics read(JdbcTemplate jdbc) {
        TreeMap<String, Double> frequencies = new TreeMap<>();
        String size = "SELECT GREATEST(reltuples, 0) FROM pg_class WHERE oid = CAST(? AS regclass)";
        double rows = jdbc.queryForObject(size, Double.class, IndexPart.WHOLE.table);
        double recentRows = jdbc.queryForObject(size, Double.class, IndexPart.RECENT.table);
        jdbc.query("""
                SELECT u.word, u.frequency
                  -- the frequencies array ends with three more figures (minimum, maximum, empty share): no word for those
                  FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(word, frequency)
                 WHERE s.schemaname = current_schema() AND s.tablename = 'portal_search_document' AND s.attname = 'document'
                   AND u.word IS NOT NULL""",
                rs -> {
                    frequencies.put(rs.getString("word"), rs.getDouble("frequency"));
                });
        return new WordStatistics(frequencies, rows, recentRows, System.nanoTime());
    }

    /** A word in more than this share of the rows is checked on the rows the query's rarer words find. */
    static final double COMMON_SHARE = 0.05;

    /** Matching rows per matching record, on average (at most one per language). */
    private static final double ROWS_PER_MATCHING_RECORD = 1.5;

    /**
     * The likely share of rows matching a query (groups of alternatives, all groups required;
     * "word:*" a prefix): the share of its rarest group. Words too rare for the statistics count as none.
     */
    double density(List<List<String>> groups) {
        double density = 1;
        for (List<String> group : groups) {
            density = Math.min(density, share(group));
        }
        return density;
    }

    /** The likely share of rows holding one of a group's alternatives. */
    double share(List<String> group) {
        double share = 0;
        for (String term : group) {
            share += term.endsWith(":*") ? prefixShare(term.substring(0, term.length() - 2))
                    : frequencies.getOrDefault(term, 0.0);
        }
        return Math.min(share, 1);
    }

    /**
     * The groups the full-text index is asked for, when some are in many rows and others are not: the
     * common ones are then checked on the rows the rare ones find. Asking the index for a common word
     * beside a prefix made it read the common word's every entry (for "zbatimit të strategjisë",
     * 24 ms of the index's time instead of under 1 ms). Null when every group goes to the index.
     */
    List<List<String>> common(List<List<String>> groups) {
        List<List<String>> common = groups.stream().filter(g -> share(g) > COMMON_SHARE).toList();
        return common.isEmpty() || common.size() == groups.size() ? null : common;
    }

    /**
     * Whether the recent part likely holds more matching records than are counted, a record having
     * one and a half matching rows on average (a word is mostly in one language; names are in all).
     */
    boolean worthReadingRecent(double density) {
        return density * recentRows > ROWS_PER_MATCHING_RECORD * (PortalSearch.MAX_COUNTED + 1);
    }

    /**
     * Whether reading newest first and stopping at the cap beats collecting every match in the part
     * read. At density d the first reads about (cap x rows per matching record) / d rows, the second
     * fetches d x rows rows; the costs per row were measured at national scale (bench/portal.sh): a
     * row read newest first costs about 0.75 of a unit, a match fetched from the recent part 1.3,
     * one fetched from the whole index 5.6 (its rows are further apart).
     */
    boolean dense(double density, IndexPart part) {
        if (density <= 0) {
            return false;
        }
        double walked = ROWS_PER_MATCHING_RECORD * (PortalSearch.MAX_COUNTED + 1) / density * 0.75;
        double fetched = density * (part == IndexPart.RECENT ? recentRows * 1.3 : rows * 5.6);
        return walked < fetched;
    }

    private double prefixShare(String prefix) {
        double share = 0;
        for (var e : frequencies.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            share += e.getValue();
        }
        return share;
    }
}

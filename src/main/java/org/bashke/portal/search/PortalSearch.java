package org.bashke.portal.search;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.bashke.shared.reporting.ResultPeriod;
import org.bashke.shared.text.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Reading the search index ({@link SearchIndex} writes it): a reader's words, with prefixes, accents
 * and scripts folded, and close words when nothing matches; filters; the newest matching records
 * ranked; highlighted titles and snippets; the matches per type. How the matches are read (newest
 * first or from the full-text index, the recent part first or the whole index) is chosen from the
 * planner's word statistics; the results are the same either way.
 */
@Component
public class PortalSearch {

    private static final String HEADLINE_OPTIONS = "StartSel=" + SearchIndex.START + ", StopSel=" + SearchIndex.STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + SearchIndex.START + ", StopSel=" + SearchIndex.STOP;
    /** How close a misspelt word must be to a word of the index (pg_trgm similarity). */
    static final double TYPO_SIMILARITY = 0.4;

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean trigrams;

    PortalSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds of record in the index now: a module that starts publishing adds its own. */
    @Transactional(readOnly = true)
    public List<String> types() {
        // one index probe per kind (a loose index scan), not a pass over every row
        return jdbc.getJdbcTemplate().queryForList("""
                WITH RECURSIVE t(type) AS (
                    SELECT min(type) FROM portal_search_document
                    UNION ALL
                    SELECT (SELECT min(d.type) FROM portal_search_document d WHERE d.type > t.type) FROM t WHERE t.type IS NOT NULL)
                SELECT type FROM t WHERE type IS NOT NULL ORDER BY type""", String.class);
    }

    /** Whether misspelt words can be found: the server has the pg_trgm extension installed. */
    public boolean typoTolerant() {
        if (trigrams == null) {
            trigrams = Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')", Boolean.class));
        }
        return trigrams;
    }

    /** Full-text search with prefixes; when nothing matches and pg_trgm is there, words close to the query's. */
    @Transactional(readOnly = true)
    public SearchResults search(String query, String type, String hubCode, Locale locale, int page, int size) {
        return search(query, type, hubCode, null, locale, page, size);
    }

    /** The same, only records written in {@code onlyLanguage} (sq, sr, en) when it is given. */
    @Transactional(readOnly = true)
    public SearchResults search(String query, String type, String hubCode, String onlyLanguage, Locale locale, int page, int size) {
        return search(new SearchQuery(query, type, hubCode, onlyLanguage, null, null), locale, page, size);
    }

    private static final String FILTERS = """
                       AND (CAST(:type AS VARCHAR) IS NULL OR d.type = :type)
                       AND (CAST(:hub AS VARCHAR) IS NULL OR d.hub_code = :hub)
                       AND (CAST(:only AS VARCHAR) IS NULL OR d.language = :only)
                       AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR d.published_at >= CAST(:from AS TIMESTAMPTZ))
                       AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR d.published_at < CAST(:to AS TIMESTAMPTZ))
            """;

    private MapSqlParameterSource parameters(SearchQuery q, Locale locale) {
        return new MapSqlParameterSource()
                .addValue("type", blankToNull(q.type())).addValue("hub", blankToNull(q.hubCode()))
                .addValue("only", blankToNull(q.language()))
                .addValue("from", q.from() == null ? null : Timestamp.from(q.from().atStartOfDay(ResultPeriod.KOSOVO).toInstant()))
                .addValue("to", q.to() == null ? null : Timestamp.from(q.to().plusDays(1).atStartOfDay(ResultPeriod.KOSOVO).toInstant()))
                .addValue("language", Language.of(locale).tag())
                .addValue("headline", HEADLINE_OPTIONS).addValue("titleOptions", TITLE_OPTIONS);
    }

    /**
     * At most this many records are counted and ranked: past it the page says there are more than 1000 and
     * ranks the newest 1,000 matching records. A word found in nearly every record then costs as much
     * as one found in a thousand.
     */
    static final int MAX_COUNTED = 1000;

    /** Full-text search with prefixes and every filter; when nothing matches, words close to the query's. */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery q, Locale locale, int page, int size) {
        return search(q, locale, page, size, null, null);
    }

    /**
     * The same, with the matches per type the reader can narrow to (every filter but the type): read in
     * the same pass when no type is chosen, in a second one when it is.
     */
    @Transactional(readOnly = true)
    public SearchResults searchCounted(SearchQuery q, Locale locale, int page, int size) {
        SearchResults results = search(q, locale, page, size);
        return results.countsByType() != null ? results : results.withCounts(countByType(q));
    }

    /**
     * The same, reading the matches newest first ({@code dense}) or from the full-text index, in the
     * recent part first or in the whole index only ({@code recent}); null: chosen by the statistics.
     */
    SearchResults search(SearchQuery q, Locale locale, int page, int size, Boolean dense, Boolean recent) {
        List<String> words = SearchText.words(q.text());
        if (words.isEmpty()) {
            return SearchResults.empty(page, size);
        }
        planForTheseWords();
        List<List<String>> exact = words.stream().map(w -> List.of(SearchText.term(w))).toList();
        MapSqlParameterSource p = parameters(q, locale)
                .addValue("limit", size).addValue("offset", (long) page * size);
        boolean counted = blankToNull(q.type()) == null;
        SearchResults found = fullText(exact, dense, recent, p, page, size, false, counted);
        if (found.found() > 0 || !typoTolerant()) {
            return found;
        }
        // nothing matches: each word may also be one of the index's words close to it (pg_trgm similarity)
        List<List<String>> near = nearWords(words);
        return fullText(near, dense, recent, p, page, size, true, counted);
    }

    /**
     * The same statement serves every query, and a word in no row needs another plan than one in many:
     * after five runs PostgreSQL may keep one generic plan for all of them, which made a word found
     * nowhere cost 8 ms instead of 0.03 at national scale. The search's transaction plans each query
     * for its own words.
     */
    private void planForTheseWords() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    /**
     * The newest {@link #MAX_COUNTED} + 1 matching records (one row each, in the reader's language when
     * it matches), ranked; the page's rows then get their highlights. They are looked for first in the
     * recent part of the index when the statistics expect enough matches there: having found that many,
     * they are the newest of the whole index, since the recent part holds every entry of its period.
     * Otherwise, or with too few found, the whole index is read.
     */
    private SearchResults fullText(List<List<String>> groups, Boolean dense, Boolean recent,
                                   MapSqlParameterSource p, int page, int size, boolean approximate, boolean counted) {
        WordStatistics statistics = statistics();
        List<List<String>> common = statistics.common(groups);
        p.addValue("tsquery", tsquery(groups)).addValue("cap", MAX_COUNTED + 1)
                .addValue("selective", tsquery(common == null ? groups : groups.stream().filter(g -> !common.contains(g)).toList()))
                .addValue("common", common == null ? null : tsquery(common));
        double density = statistics.density(groups);
        if (recent == null ? statistics.worthReadingRecent(density) : recent) {
            SearchResults inRecent = fullText(IndexPart.RECENT, dense != null ? dense : statistics.dense(density, IndexPart.RECENT),
                    p, page, size, approximate, counted);
            if (inRecent.found() > MAX_COUNTED) {
                return inRecent;
            }
        }
        return fullText(IndexPart.WHOLE, dense != null ? dense : statistics.dense(density, IndexPart.WHOLE), p, page, size, approximate, counted);
    }

    /** Groups of alternatives, every group required: (a | b) & c. */
    static String tsquery(List<List<String>> groups) {
        return String.join(" & ", groups.stream().map(g -> g.size() == 1 ? g.get(0) : "(" + String.join(" | ", g) + ")").toList());
    }

    private SearchResults fullText(IndexPart part, boolean dense, MapSqlParameterSource p, int page, int size, boolean approximate,
                                   boolean counted) {
        long[] found = {0};
        String[] counts = {null};
        List<SearchHit> hits = new java.util.ArrayList<>();
        jdbc.query("""
                WITH cand AS MATERIALIZED (
                """ + candidates(part, dense) + """
                ),
                -- ranked after the cap: at most cap + 1 rows go through ts_rank (read newest first, the rows
                -- that match are about those, so they are ranked as they are read). ts_rank weighs the title
                -- above the text and counts the words; ts_rank_cd, which also weighs how close they are,
                -- cost seven times as much with a misspelt word's five alternatives (3.8 ms for 1,001 rows)
                ranked AS (
                """ + (dense ? "SELECT c.id, c.record_id, c.published_at, c.rank FROM cand c" : """
                    SELECT c.id, c.record_id, c.published_at, ts_rank(d.document, to_tsquery('bashke_fold', :tsquery)) AS rank
                      FROM cand c JOIN %s d ON d.id = c.id""".formatted(part.table)) + """
                ),
                page AS (
                    SELECT r.* FROM ranked r
                     ORDER BY r.rank DESC, r.published_at DESC NULLS LAST, r.record_id
                     LIMIT :limit OFFSET :offset),
                -- how many were found, and (when no type is chosen) of which types: the groups a reader can narrow to
                summary AS (
                    SELECT (SELECT count(*) FROM cand) AS found,
                """ + (counted ? """
                           (SELECT string_agg(x.type || '=' || x.n, ',' ORDER BY x.n DESC, x.type)
                              FROM (SELECT c.type, count(*) AS n FROM cand c GROUP BY c.type) x) AS counts)
                """ : "CAST(NULL AS TEXT) AS counts)\n") + """
                SELECT s.found, s.counts, d.module, d.type, d.record_id, d.language, d.url, d.hub_code, d.published_at,
                       ts_headline('bashke_fold', d.title, to_tsquery('bashke_fold', :tsquery), :titleOptions) AS title,
                       ts_headline('bashke_fold', d.body, to_tsquery('bashke_fold', :tsquery), :headline) AS snippet
                  FROM summary s
                  LEFT JOIN (page h JOIN portal_search_document d ON d.id = h.id) ON true
                 ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.record_id""", p, rs -> {
            found[0] = rs.getLong("found");
            counts[0] = rs.getString("counts");
            if (rs.getString("module") != null) {
                hits.add(hit(rs));
            }
        });
        return new SearchResults(hits, page, size, approximate, found[0], counted ? typeCounts(counts[0]) : null);
    }

    /** The counts as the query writes them (type=n pairs between commas), in the order given. */
    private static java.util.Map<String, Long> typeCounts(String counts) {
        java.util.Map<String, Long> map = new java.util.LinkedHashMap<>();
        if (counts != null && !counts.isEmpty()) {
            for (String pair : counts.split(",")) {
                int at = pair.lastIndexOf('=');
                map.put(pair.substring(0, at), Long.parseLong(pair.substring(at + 1)));
            }
        }
        return map;
    }

    /**
     * One row per record (the reader's language first), newest first, at most the cap. Dense: the
     * match is written as a function so that the planner walks the date index and filters; sparse: the
     * order is an expression no index has, so the full-text index finds the rows and they are sorted.
     */
    private static String candidates(IndexPart part, boolean dense) {
        if (!dense) {
            // the newest rows first, by a top-N sort that keeps only (records x languages) rows, then one per
            // record: the newest cap records have at most that many rows between them, so none is missed
            return """
                    SELECT DISTINCT ON (t.at, t.module, t.type, t.record_id) t.id, t.type, t.record_id, t.published_at
                      FROM (SELECT d.id, d.module, d.type, d.record_id, d.published_at, d.language,
                                   COALESCE(d.published_at, '-infinity'::timestamptz) AS at
                              FROM %s d
                             WHERE d.document @@ to_tsquery('bashke_fold', :selective)
                    """.formatted(part.table) + FILTERS + part.condition + """
                               AND (CAST(:common AS TEXT) IS NULL OR ts_match_vq(d.document, to_tsquery('bashke_fold', CAST(:common AS TEXT))))
                             ORDER BY at DESC, d.module, d.type, d.record_id
                             LIMIT :cap * %d) t
                     ORDER BY t.at DESC, t.module, t.type, t.record_id, (t.language = :language) DESC, t.language
                     LIMIT :cap
                    """.formatted(Language.values().length);
        }
        return """
                    SELECT DISTINCT ON (d.published_at, d.module, d.type, d.record_id) d.id, d.type, d.record_id, d.published_at,
                           ts_rank(d.document, to_tsquery('bashke_fold', :tsquery)) AS rank
                      FROM %s d
                     WHERE ts_match_vq(d.document, to_tsquery('bashke_fold', :tsquery))
                """.formatted(part.table) + FILTERS + part.condition + """
                     ORDER BY d.published_at DESC NULLS LAST, d.module, d.type, d.record_id, (d.language = :language) DESC, d.language
                     LIMIT :cap
                """;
    }

    /** Per word: itself as a prefix and up to five words of the index close to it, closest first. */
    private List<List<String>> nearWords(List<String> words) {
        List<List<String>> groups = new java.util.ArrayList<>();
        for (String word : words) {
            List<String> group = new java.util.ArrayList<>();
            group.add(SearchText.term(word));
            jdbc.query("""
                    SELECT DISTINCT w.word, similarity(w.word, :word) AS s
                      FROM portal_search_word w
                     WHERE w.word % :word AND similarity(w.word, :word) >= :similarity
                     ORDER BY s DESC, w.word
                     LIMIT 5""", new MapSqlParameterSource("word", word).addValue("similarity", TYPO_SIMILARITY),
                    rs -> {
                        String near = rs.getString("word");
                        // a word of the index goes into a tsquery: letters and digits only, never its operators
                        if (SearchText.words(near).equals(List.of(near))) {
                            group.add(near);
                        }
                    });
            groups.add(group);
        }
        return groups;
    }

    /**
     * How many records of each type match the words and every filter but the type: the groups a
     * reader can narrow the results to, counted as the search reads them (close words when nothing
     * matches exactly). They are counted among the newest {@link #MAX_COUNTED} + 1 matching records:
     * exact up to the cap, beyond it lower bounds (the search page then says "more than").
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> countByType(SearchQuery q) {
        SearchQuery anyType = new SearchQuery(q.text(), null, q.hubCode(), q.language(), q.from(), q.to());
        java.util.Map<String, Long> counts = search(anyType, Locale.ROOT, 0, 0).countsByType();
        return counts == null ? new java.util.LinkedHashMap<>() : counts;
    }

    /**
     * How often the index's most common words occur, from the planner's statistics (read again after
     * a minute).
     */
    private volatile WordStatistics statistics;

    WordStatistics statistics() {
        WordStatistics s = statistics;
        if (s == null || s.readAt() < System.nanoTime() - 60_000_000_000L) {
            s = WordStatistics.read(jdbc.getJdbcTemplate());
            statistics = s;
        }
        return s;
    }

    /** The statistics are read again at the next search (after an ANALYZE). */
    void readStatisticsAgain() {
        statistics = null;
    }

    private static SearchHit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new SearchHit(rs.getString("module"), rs.getString("type"), rs.getString("record_id"),
                rs.getString("language"), highlighted(rs.getString("title")), highlighted(rs.getString("snippet")),
                rs.getString("url"), rs.getString("hub_code"), published == null ? null : published.toInstant());
    }

    /**
     * ts_headline returns the stored text as it is, with our markers around the matches: escape all of
     * it, then turn only the markers into {@code <mark>}, so the result is safe for {@code th:utext}.
     */
    static String highlighted(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline, "UTF-8").replace(SearchIndex.START, "<mark>").replace(SearchIndex.STOP, "</mark>");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

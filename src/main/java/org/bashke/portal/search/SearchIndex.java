package org.bashke.portal.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The one search index: one row per record and language, with a generated tsvector in the accent-
 * folding configuration {@code bashke_fold}. Writes join the caller's transaction, so a publication
 * and its indexing commit together.
 */
@Component
public class SearchIndex {

    static final String START = "\u27E6";
    static final String STOP = "\u27E7";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP;
    /** How close a misspelt word must be to a word of the index (pg_trgm similarity). */
    static final double TYPO_SIMILARITY = 0.4;

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean trigrams;

    SearchIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the record in the index (replacing what was there) or, when {@code removed}, takes it out. */
    @Transactional
    public void apply(PublicRecordChanged change) {
        apply(change, java.util.Set.of());
    }

    /**
     * The same, with the portal's topics of the record (news, publications), kept so that digests can
     * follow a topic. Other modules' records have none.
     */
    @Transactional
    public void apply(PublicRecordChanged change, java.util.Collection<? extends Enum<?>> topics) {
        // Listeners run in parallel: two changes of one record (a meeting scheduled, then an item added) would
        // both delete and then both insert. A lock per record, held to the end of this transaction, puts them in
        // line; the second's delete then sees the first's rows (a fresh snapshot per statement).
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))",
                new MapSqlParameterSource("key", "search:" + change.module() + ":" + change.type() + ":" + change.id()),
                Object.class);
        remove(change.module(), change.type(), change.id());
        if (change.removed()) {
            return;
        }
        for (Language language : Language.values()) {
            String title = change.title().get(language);
            if (title == null) {
                continue;
            }
            String text = change.text() == null ? null : change.text().get(language);
            String titleLatin = strip(SearchText.latin(title));
            String bodyLatin = strip(SearchText.latin(text == null ? "" : text));
            jdbc.update("""
                    INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at, topics)
                    VALUES (:module, :type, :id, :language, :title, :body, :folded, :url, :hub, :published, :topics)""",
                    new MapSqlParameterSource()
                            .addValue("module", change.module()).addValue("type", change.type()).addValue("id", change.id())
                            .addValue("language", language.tag()).addValue("title", titleLatin).addValue("body", bodyLatin)
                            .addValue("folded", SearchText.fold(titleLatin + " " + bodyLatin))
                            .addValue("url", change.url()).addValue("hub", change.hubCode())
                            .addValue("published", change.publishedAt() == null ? null : Timestamp.from(change.publishedAt()))
                            .addValue("topics", topicList(topics)));
        }
    }

    /** ,A,B, (commas around each topic) so that one topic is found with LIKE '%,A,%'; null when there are none. */
    static String topicList(java.util.Collection<? extends Enum<?>> topics) {
        if (topics == null || topics.isEmpty()) {
            return null;
        }
        return "," + String.join(",", topics.stream().map(Enum::name).sorted().toList()) + ",";
    }

    @Transactional
    public void remove(String module, String type, String id) {
        jdbc.update("DELETE FROM portal_search_document WHERE module = :module AND type = :type AND record_id = :id",
                new MapSqlParameterSource().addValue("module", module).addValue("type", type).addValue("id", id));
    }

    @Transactional
    public void removeModule(String module) {
        jdbc.update("DELETE FROM portal_search_document WHERE module = :module", new MapSqlParameterSource("module", module));
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

    /**
     * What a reader asks for: the words, and filters that are off when null. {@code from}/{@code to}
     * bound the publication date (both days included, Kosovo time); records without a date drop out
     * once a date bound is set.
     */
    public record SearchQuery(String text, String type, String hubCode, String language, java.time.LocalDate from,
                              java.time.LocalDate to) {
    }

    private static final java.time.ZoneId KOSOVO = java.time.ZoneId.of("Europe/Belgrade");

    private static final String FILTERS = """
                       AND (CAST(:type AS VARCHAR) IS NULL OR d.type = :type)
                       AND (CAST(:hub AS VARCHAR) IS NULL OR d.hub_code = :hub)
                       AND (CAST(:only AS VARCHAR) IS NULL OR d.language = :only)
                       AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR d.published_at >= CAST(:from AS TIMESTAMPTZ))
                       AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR d.published_at < CAST(:to AS TIMESTAMPTZ))
            """;

    private MapSqlParameterSource parameters(SearchQuery q, List<String> words, Locale locale) {
        return new MapSqlParameterSource()
                .addValue("type", blankToNull(q.type())).addValue("hub", blankToNull(q.hubCode()))
                .addValue("only", blankToNull(q.language()))
                .addValue("from", q.from() == null ? null : Timestamp.from(q.from().atStartOfDay(KOSOVO).toInstant()))
                .addValue("to", q.to() == null ? null : Timestamp.from(q.to().plusDays(1).atStartOfDay(KOSOVO).toInstant()))
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
        MapSqlParameterSource p = parameters(q, words, locale)
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
            SearchResults inRecent = fullText(Part.RECENT, dense != null ? dense : statistics.dense(density, Part.RECENT),
                    p, page, size, approximate, counted);
            if (inRecent.found() > MAX_COUNTED) {
                return inRecent;
            }
        }
        return fullText(Part.WHOLE, dense != null ? dense : statistics.dense(density, Part.WHOLE), p, page, size, approximate, counted);
    }

    /** Groups of alternatives, every group required: (a | b) & c. */
    static String tsquery(List<List<String>> groups) {
        return String.join(" & ", groups.stream().map(g -> g.size() == 1 ? g.get(0) : "(" + String.join(" | ", g) + ")").toList());
    }

    /**
     * Where the matches are read: the recent part (entries published since its start) or the whole index.
     * The start is tested with IS TRUE so that the planner never reads the date index for it: nearly every
     * row of the part passes, and intersecting with all of them cost 5 of a misspelt word's 13 ms.
     */
    enum Part {
        RECENT("portal_search_recent", " AND (d.published_at >= (SELECT s.since FROM portal_search_recent_since s)) IS TRUE\n"),
        WHOLE("portal_search_document", "");

        final String table;
        final String condition;

        Part(String table, String condition) {
            this.table = table;
            this.condition = condition;
        }
    }

    private SearchResults fullText(Part part, boolean dense, MapSqlParameterSource p, int page, int size, boolean approximate,
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
        return new SearchResults(hits, Math.min(found[0], MAX_COUNTED), page, size, approximate, found[0] > MAX_COUNTED,
                found[0], counted ? typeCounts(counts[0]) : null);
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
    private static String candidates(Part part, boolean dense) {
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
     * How often the index's most common words occur, from the planner's statistics (ANALYZE keeps
     * them; read again after a minute). Only to choose how to read the matches, never what they are.
     */
    private volatile WordStatistics statistics;

    WordStatistics statistics() {
        WordStatistics s = statistics;
        if (s == null || s.readAt() < System.nanoTime() - 60_000_000_000L) {
            s = readStatistics();
            statistics = s;
        }
        return s;
    }

    /** The statistics are read again at the next search (after an ANALYZE). */
    void readStatisticsAgain() {
        statistics = null;
    }

    private WordStatistics readStatistics() {
        java.util.TreeMap<String, Double> frequencies = new java.util.TreeMap<>();
        String size = "SELECT GREATEST(reltuples, 0) FROM pg_class WHERE oid = CAST(? AS regclass)";
        double rows = jdbc.getJdbcTemplate().queryForObject(size, Double.class, Part.WHOLE.table);
        double recentRows = jdbc.getJdbcTemplate().queryForObject(size, Double.class, Part.RECENT.table);
        jdbc.getJdbcTemplate().query("""
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

    /** The share of rows holding each common word, the number of rows, and of rows in the recent part. */
    record WordStatistics(java.util.NavigableMap<String, Double> frequencies, double rows, double recentRows, long readAt) {

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
            return density * recentRows > ROWS_PER_MATCHING_RECORD * (MAX_COUNTED + 1);
        }

        /**
         * Whether reading newest first and stopping at the cap beats collecting every match in the part
         * read. At density d the first reads about (cap x rows per matching record) / d rows, the second
         * fetches d x rows rows; the costs per row were measured at national scale (bench/portal.sh): a
         * row read newest first costs about 0.75 of a unit, a match fetched from the recent part 1.3,
         * one fetched from the whole index 5.6 (its rows are further apart).
         */
        boolean dense(double density, Part part) {
            if (density <= 0) {
                return false;
            }
            double walked = ROWS_PER_MATCHING_RECORD * (MAX_COUNTED + 1) / density * 0.75;
            double fetched = density * (part == Part.RECENT ? recentRows * 1.3 : rows * 5.6);
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
        return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** The markers must never come from the content itself. */
    private static String strip(String text) {
        return text.replace(START, "").replace(STOP, "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record SearchHit(String module, String type, String id, String language, String titleHtml, String snippetHtml,
                            String url, String hubCode, Instant publishedAt) {
        /** For readers: the day in Kosovo's zone. */
        public java.time.ZonedDateTime publishedLocal() {
            return publishedAt == null ? null : publishedAt.atZone(KOSOVO);
        }
    }

    /**
     * A page of results. {@code total} counts at most {@link #MAX_COUNTED} records; {@code capped}: more
     * records match than that (readers are told there are more than 1000), and paging goes as far as the cap.
     * {@code found}: the records read, at most the cap and one; {@code countsByType}: the matches per type
     * before any type filter, or null when a type was chosen and they were not read (see {@code searchCounted}).
     */
    public record SearchResults(List<SearchHit> hits, long total, int page, int size, boolean approximate, boolean capped,
                                long found, java.util.Map<String, Long> countsByType) {
        static SearchResults empty(int page, int size) {
            return new SearchResults(List.of(), 0, page, size, false, false, 0, new java.util.LinkedHashMap<>());
        }

        SearchResults withCounts(java.util.Map<String, Long> counts) {
            return new SearchResults(hits, total, page, size, approximate, capped, found, counts);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < (capped ? total + 1 : total);
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

}

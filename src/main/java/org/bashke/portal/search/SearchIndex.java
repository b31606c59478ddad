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
    /** How close a misspelt word must be to a word of the text (pg_trgm word_similarity). */
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
        return jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT type FROM portal_search_document ORDER BY type", String.class);
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
                .addValue("query", SearchText.prefixQuery(words))
                .addValue("folded", String.join(" ", words))
                .addValue("type", blankToNull(q.type())).addValue("hub", blankToNull(q.hubCode()))
                .addValue("only", blankToNull(q.language()))
                .addValue("from", q.from() == null ? null : Timestamp.from(q.from().atStartOfDay(KOSOVO).toInstant()))
                .addValue("to", q.to() == null ? null : Timestamp.from(q.to().plusDays(1).atStartOfDay(KOSOVO).toInstant()))
                .addValue("language", Language.of(locale).tag())
                .addValue("similarity", TYPO_SIMILARITY)
                .addValue("headline", HEADLINE_OPTIONS).addValue("titleOptions", TITLE_OPTIONS);
    }

    /** Full-text search with prefixes and every filter; when nothing matches, words close to the query's. */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery q, Locale locale, int page, int size) {
        List<String> words = SearchText.words(q.text());
        if (words.isEmpty()) {
            return SearchResults.empty(page, size);
        }
        MapSqlParameterSource p = parameters(q, words, locale)
                .addValue("limit", size).addValue("offset", (long) page * size);
        List<SearchHit> hits = jdbc.query("""
                WITH q AS (SELECT to_tsquery('bashke_fold', :query) AS query),
                hits AS (
                    SELECT DISTINCT ON (d.module, d.type, d.record_id) d.id, d.module, d.type, d.record_id, d.published_at,
                           ts_rank_cd(d.document, q.query) AS rank
                      FROM portal_search_document d, q
                     WHERE d.document @@ q.query
                """ + FILTERS + """
                     ORDER BY d.module, d.type, d.record_id, (d.language = :language) DESC, rank DESC),
                -- only the ranking columns go through the sorts; the page first, then the highlights: ts_headline re-parses the text, so it runs on the page's rows only
                page AS (
                    SELECT h.*, count(*) OVER () AS total
                      FROM hits h
                     ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.record_id
                     LIMIT :limit OFFSET :offset)
                SELECT d.module, d.type, d.record_id, d.language, d.url, d.hub_code, d.published_at,
                       ts_headline('bashke_fold', d.title, q.query, :titleOptions) AS title,
                       ts_headline('bashke_fold', d.body, q.query, :headline) AS snippet,
                       h.total
                  FROM page h JOIN portal_search_document d ON d.id = h.id, q
                 ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.record_id""", p, (rs, i) -> hit(rs));
        if (hits.isEmpty() && page == 0 && typoTolerant()) {
            // the operator (not the function) lets the trigram index find the candidates; its threshold is per transaction
            jdbc.queryForObject("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)",
                    new MapSqlParameterSource("threshold", String.valueOf(TYPO_SIMILARITY)), String.class);
            hits = jdbc.query("""
                    WITH hits AS (
                        SELECT DISTINCT ON (d.module, d.type, d.record_id) d.id, d.module, d.type, d.record_id, d.published_at,
                               word_similarity(:folded, d.folded) AS rank
                          FROM portal_search_document d
                         WHERE :folded <% d.folded
                    """ + FILTERS + """
                         ORDER BY d.module, d.type, d.record_id, (d.language = :language) DESC, rank DESC)
                    SELECT d.module, d.type, d.record_id, d.language, d.url, d.hub_code, d.published_at,
                           d.title, left(d.body, 240) AS snippet, count(*) OVER () AS total
                      FROM hits h JOIN portal_search_document d ON d.id = h.id
                     ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.record_id
                     LIMIT :limit OFFSET :offset""", p, (rs, i) -> hit(rs));
            return new SearchResults(hits, total(hits), page, size, true);
        }
        return new SearchResults(hits, total(hits), page, size, false);
    }

    /**
     * How many records of each type match the words and every filter but the type: the groups a
     * reader can narrow the results to. Full-text matches only (the typo fallback is not counted).
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> countByType(SearchQuery q) {
        List<String> words = SearchText.words(q.text());
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        MapSqlParameterSource p = parameters(new SearchQuery(q.text(), null, q.hubCode(), q.language(), q.from(), q.to()),
                words, Locale.ROOT);
        jdbc.query("""
                SELECT d.type, count(DISTINCT (d.module, d.record_id)) AS n
                  FROM portal_search_document d
                 WHERE d.document @@ to_tsquery('bashke_fold', :query)
                """ + FILTERS + """
                 GROUP BY d.type ORDER BY n DESC, d.type""", p, rs -> {
            counts.put(rs.getString("type"), rs.getLong("n"));
        });
        return counts;
    }

    private static long total(List<SearchHit> hits) {
        return hits.isEmpty() ? 0 : hits.get(0).total();
    }

    private static SearchHit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new SearchHit(rs.getString("module"), rs.getString("type"), rs.getString("record_id"),
                rs.getString("language"), highlighted(rs.getString("title")), highlighted(rs.getString("snippet")),
                rs.getString("url"), rs.getString("hub_code"), published == null ? null : published.toInstant(),
                rs.getLong("total"));
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
                            String url, String hubCode, Instant publishedAt, long total) {
        /** For readers: the day in Kosovo's zone. */
        public java.time.ZonedDateTime publishedLocal() {
            return publishedAt == null ? null : publishedAt.atZone(KOSOVO);
        }
    }

    public record SearchResults(List<SearchHit> hits, long total, int page, int size, boolean approximate) {
        static SearchResults empty(int page, int size) {
            return new SearchResults(List.of(), 0, page, size, false);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

}

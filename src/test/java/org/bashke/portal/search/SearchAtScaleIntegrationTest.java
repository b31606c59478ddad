package org.bashke.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Search when a word is in more records than are counted: capped count, paging to the cap, both ways of reading. */
@IntegrationTest
class SearchAtScaleIntegrationTest {

    final SearchIndex index;
    final PortalSearch search;
    final JdbcTemplate jdbc;
    final MockMvc mvc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    SearchAtScaleIntegrationTest(SearchIndex index, PortalSearch search, JdbcTemplate jdbc, MockMvc mvc) {
        this.index = index;
        this.search = search;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    static String uniqueWord() {
        StringBuilder s = new StringBuilder("Qz");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    /** Every way of reading the matches: {dense, recent part first}, and as the statistics choose. */
    static final Boolean[][] WAYS = {{true, true}, {true, false}, {false, true}, {false, false}, {null, null}};

    /** {@code n} records (news) with the word, in three languages, record i published i minutes ago; and 3 decisions. */
    static void manyRecords(JdbcTemplate jdbc, String word, int n) {
        jdbc.update("""
                INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at)
                SELECT 'test', 'news', ? || '-' || g, l.lang, 'Lajm ' || ? || ' ' || l.lang, 'Teksti i lajmit.', '', '/test/' || g, 'PRZ',
                       now() - (g || ' minutes')::interval
                  FROM generate_series(1, ?) g CROSS JOIN (VALUES ('sq'), ('sr'), ('en')) l(lang)""", word, word, n);
        jdbc.update("""
                INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at)
                SELECT 'test', 'decision', ? || '-d' || g, 'sq', 'Vendim', 'Vendimi për ' || ?, '', '/test/d' || g, NULL,
                       now() - (g || ' days')::interval
                  FROM generate_series(1, 3) g""", word, word);
    }

    @Test
    void a_word_in_more_records_than_counted_says_more_than_and_pages_to_the_cap() throws Exception {
        String word = uniqueWord();
        manyRecords(jdbc, word, PortalSearch.MAX_COUNTED + 50);
        for (Boolean[] way : WAYS) {
            Boolean dense = way[0];
            Boolean recent = way[1];
            var query = new SearchQuery(word, null, null, null, null, null);
            var first = search.search(query, Locale.ENGLISH, 0, 20, dense, recent);
            assertThat(first.capped()).as("dense %s, recent %s", dense, recent).isTrue();
            // the types are counted among the records read: the newest cap and one, all news (the decisions are days old)
            assertThat(first.countsByType()).containsExactly(java.util.Map.entry("news", PortalSearch.MAX_COUNTED + 1L));
            assertThat(first.total()).isEqualTo(PortalSearch.MAX_COUNTED);
            assertThat(first.hasNext()).isTrue();
            // the same rank everywhere: newest first, one row per record, in the reader's language
            assertThat(first.hits()).hasSize(20);
            assertThat(first.hits().get(0).id()).isEqualTo(word + "-1");
            assertThat(first.hits().get(1).id()).isEqualTo(word + "-2");
            assertThat(first.hits()).allSatisfy(h -> assertThat(h.language()).isEqualTo("en"));
            assertThat(first.hits().get(0).titleHtml()).contains("<mark>" + word + "</mark>");
            // paging reaches the last counted record and stops there
            int lastPage = (PortalSearch.MAX_COUNTED + 1) / 20;
            var last = search.search(query, Locale.ENGLISH, lastPage, 20, dense, recent);
            assertThat(last.hits()).hasSize((PortalSearch.MAX_COUNTED + 1) % 20);
            assertThat(last.hasNext()).isFalse();
            assertThat(last.hasPrevious()).isTrue();
            // filters still apply
            var decisions = search.search(new SearchQuery(word, "decision", null, null, null, null), Locale.ENGLISH, 0, 20, dense, recent);
            assertThat(decisions.capped()).isFalse();
            assertThat(decisions.total()).isEqualTo(3);
            assertThat(decisions.hits()).extracting(SearchHit::id).containsExactly(word + "-d1", word + "-d2", word + "-d3");
            var serbian = search.search(new SearchQuery(word, null, null, "sr", null, null), Locale.ENGLISH, 0, 20, dense, recent);
            assertThat(serbian.hits()).allSatisfy(h -> assertThat(h.language()).isEqualTo("sr"));
        }

        // the page (in Albanian, the default): "more than 1 000 results", the groups as lower bounds, a next page
        String html = mvc.perform(get("/search").param("q", word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Më shumë se 1").contains("+)").contains("page=1");
        String lastPage = mvc.perform(get("/search").param("q", word).param("page", "50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lastPage).contains("page=49").doesNotContain("page=51");
        // the open-data API says the same: the total is a lower bound
        String json = mvc.perform(get("/api/search.json").param("q", word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"total\":" + PortalSearch.MAX_COUNTED).contains("\"capped\":true");
    }

    @Test
    void a_word_in_fewer_records_than_counted_is_counted_exactly_both_ways() {
        String word = uniqueWord();
        manyRecords(jdbc, word, 30);
        for (Boolean[] way : WAYS) {
            var results = search.search(new SearchQuery(word, null, null, null, null, null), Locale.ENGLISH, 1, 20, way[0], way[1]);
            assertThat(results.capped()).isFalse();
            // counted in the same reading, every type
            assertThat(results.countsByType()).containsExactly(java.util.Map.entry("news", 30L), java.util.Map.entry("decision", 3L));
            assertThat(results.total()).isEqualTo(33);
            assertThat(results.hits()).hasSize(13);
            assertThat(results.hasNext()).isFalse();
        }
        assertThat(search.countByType(new SearchQuery(word, null, null, null, null, null)))
                .containsEntry("news", 30L).containsEntry("decision", 3L);
    }

    @Test
    void a_misspelt_word_finds_the_close_words_of_the_index_and_highlights_them() {
        org.junit.jupiter.api.Assumptions.assumeTrue(search.typoTolerant(), "pg_trgm is not available on this server");
        String word = uniqueWord().toLowerCase(Locale.ROOT);
        String other = uniqueWord().toLowerCase(Locale.ROOT);
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SQ, "Raporti vjetor " + word + " " + other, null, null),
                null, "/test/" + word, null, Instant.now()));
        // its words are in the index's word list (kept by the database as rows come in)
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_word WHERE word = ?", Integer.class, word)).isPositive();
        // one word right, one with its last letter doubled
        var results = search.search(other + " " + word + word.charAt(word.length() - 1), null, null, Locale.ENGLISH, 0, 10);
        assertThat(results.approximate()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(word);
        assertThat(results.hits().get(0).titleHtml()).contains("<mark>" + word + "</mark>");
        // a word close to nothing finds nothing, and says so
        var none = search.search(other + " zzzzqqqqxxxx", null, null, Locale.ENGLISH, 0, 10);
        assertThat(none.hits()).isEmpty();
    }

    @Test
    void a_common_word_beside_a_rare_one_is_checked_on_the_rows_the_rare_one_finds() {
        String common = uniqueWord().toLowerCase(Locale.ROOT);
        String rare = uniqueWord().toLowerCase(Locale.ROOT);
        manyRecords(jdbc, common, 2000);
        for (String text : new String[] {common + " " + rare, rare + " dhe " + common, rare}) {
            index.apply(PublicRecordChanged.published("test", "news", rare + "-" + text.length(),
                    LocalizedText.of(Language.SQ, "Lajm " + text, null, null), null, "/test/" + rare, null, Instant.now()));
        }
        jdbc.execute("ANALYZE portal_search_document");
        search.readStatisticsAgain();
        var groups = java.util.List.of(java.util.List.of(common + ":*"), java.util.List.of(rare + ":*"));
        assertThat(search.statistics().common(groups)).containsExactly(java.util.List.of(common + ":*"));
        for (Boolean recent : new Boolean[] {true, false}) {
            var results = search.search(new SearchQuery(common + " " + rare, null, null, null, null, null),
                    Locale.ENGLISH, 0, 20, false, recent);
            assertThat(results.hits()).extracting(SearchHit::id)
                    .containsExactlyInAnyOrder(rare + "-" + (common + " " + rare).length(), rare + "-" + (rare + " dhe " + common).length());
        }
    }

    @Test
    void each_search_is_planned_for_its_own_words() {
        var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        String mode = transactions.execute(status -> {
            search.search(new SearchQuery(uniqueWord(), null, null, null, null, null), Locale.ENGLISH, 0, 20);
            return jdbc.queryForObject("SHOW plan_cache_mode", String.class);
        });
        assertThat(mode).isEqualTo("force_custom_plan");
        // only for the search's own transaction
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("auto");
    }

    @Test
    void the_kinds_of_record_come_from_the_index() {
        String word = uniqueWord();
        manyRecords(jdbc, word, 1);
        assertThat(search.types()).contains("news", "decision").isSorted().doesNotHaveDuplicates();
    }
}

package org.bashke.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recent part of the index holds every entry of its period, through writes and after its start
 * moves; a search finds the same records whether it reads the recent part first or the whole index.
 */
@IntegrationTest
class RecentSearchPartIntegrationTest {

    final SearchIndex index;
    final PortalSearch search;
    final JdbcTemplate jdbc;
    final RebuildSearchIndex rebuild;

    @Autowired
    RecentSearchPartIntegrationTest(SearchIndex index, PortalSearch search, JdbcTemplate jdbc, RebuildSearchIndex rebuild) {
        this.index = index;
        this.search = search;
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    /** Rows of the recent part that are not the index's own, and the index's dated rows of the period missing from it. */
    void assertTheRecentPartIsExact() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM portal_search_document d, portal_search_recent_since s
                 WHERE d.published_at >= s.since
                   AND NOT EXISTS (SELECT 1 FROM portal_search_recent r WHERE r.id = d.id AND r.document = d.document
                                      AND r.published_at = d.published_at AND r.type = d.type AND r.language = d.language)""",
                Long.class)).as("entries of the period missing from the recent part").isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM portal_search_recent r
                 WHERE NOT EXISTS (SELECT 1 FROM portal_search_document d WHERE d.id = r.id)""", Long.class))
                .as("rows of the recent part no longer in the index").isZero();
    }

    @Test
    void the_recent_part_follows_every_write_and_its_start_only_moves_forward() {
        String word = SearchAtScaleIntegrationTest.uniqueWord();
        SearchAtScaleIntegrationTest.manyRecords(jdbc, word, PortalSearch.MAX_COUNTED + 50);
        assertTheRecentPartIsExact();

        // a part of 1,500 rows: the start moves to the 1,500th newest entry, older rows leave
        Instant before = jdbc.queryForObject("SELECT since FROM portal_search_recent_since", java.sql.Timestamp.class).toInstant();
        int removed = new RecentSearchPart(jdbc, 1500).trim();
        assertThat(removed).isPositive();
        Instant since = jdbc.queryForObject("SELECT since FROM portal_search_recent_since", java.sql.Timestamp.class).toInstant();
        assertThat(since).isAfter(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent", Long.class)).isBetween(1500L, 1500L + 2);
        assertTheRecentPartIsExact();
        // a part already at its size is left as it is
        assertThat(new RecentSearchPart(jdbc, 1500).trim()).isZero();

        // the words' newest records are in the part: read there first or in the whole index, the same records
        var query = new SearchQuery(word, null, null, null, null, null);
        var fromRecent = search.search(query, Locale.ENGLISH, 0, 20, null, true);
        var fromWhole = search.search(query, Locale.ENGLISH, 0, 20, null, false);
        assertThat(fromRecent.capped()).isTrue();
        assertThat(fromRecent.hits()).extracting(SearchHit::id)
                .isEqualTo(fromWhole.hits().stream().map(SearchHit::id).toList())
                .startsWith(word + "-1", word + "-2");
        assertThat(fromRecent.countsByType()).isEqualTo(fromWhole.countsByType());
        // the decisions are days old, before the part's start: found in the whole index all the same
        var decisions = search.search(new SearchQuery(word, "decision", null, null, null, null), Locale.ENGLISH, 0, 20, null, true);
        assertThat(decisions.total()).isEqualTo(3);

        // a new entry joins the part, a changed one is there once with its new words, a removed one leaves
        String id = word + "-new";
        index.apply(PublicRecordChanged.published("test", "news", id, LocalizedText.of(Language.SQ, "Lajm " + word, null, null),
                null, "/test/new", null, Instant.now()));
        index.apply(PublicRecordChanged.published("test", "news", id, LocalizedText.of(Language.SQ, "Lajm i ri " + word, null, null),
                null, "/test/new", null, Instant.now()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent WHERE record_id = ?", Long.class, id)).isOne();
        assertTheRecentPartIsExact();
        assertThat(search.search(query, Locale.ENGLISH, 0, 20, null, true).hits().get(0).id()).isEqualTo(id);
        index.remove("test", "news", id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent WHERE record_id = ?", Long.class, id)).isZero();

        // an entry published before the part's start stays out of it, and is still found
        String old = word + "-old";
        index.apply(PublicRecordChanged.published("test", "publication", old, LocalizedText.of(Language.SQ, "Raport " + word, null, null),
                null, "/test/old", null, since.minus(Duration.ofDays(3650))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent WHERE record_id = ?", Long.class, old)).isZero();
        assertTheRecentPartIsExact();
        var publications = search.search(new SearchQuery(word, "publication", null, null, null, null), Locale.ENGLISH, 0, 20, null, true);
        assertThat(publications.hits()).extracting(SearchHit::id).containsExactly(old);

        // should the part ever stray from the index (a row lost by hand), the rebuild makes it again
        jdbc.update("DELETE FROM portal_search_recent WHERE record_id = ?", word + "-1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent WHERE record_id = ?", Long.class, word + "-1")).isZero();
        rebuild.rebuildAs("system:test");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_recent WHERE record_id = ?", Long.class, word + "-1")).isEqualTo(3);
        assertTheRecentPartIsExact();
    }
}

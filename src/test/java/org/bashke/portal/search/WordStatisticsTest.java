package org.bashke.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How the search chooses to read the matches, from the share of rows holding each word. */
class WordStatisticsTest {

    /** 1.1 million rows, 100,000 of them recent, with the shares the national-scale bench has. */
    final WordStatistics statistics = new WordStatistics(new TreeMap<>(java.util.Map.of(
            "te", 0.33, "per", 0.95, "mitrovica", 0.059, "buxhetin", 0.0192, "zbatimit", 0.0049, "strategjise", 0.0049,
            "strategjine", 0.0192)), 1_100_000, 100_000, System.nanoTime());

    @Test
    void a_query_is_as_dense_as_its_rarest_word_and_prefixes_add_up_their_words() {
        assertThat(statistics.density(List.of(List.of("per"), List.of("buxhetin")))).isEqualTo(0.0192);
        assertThat(statistics.density(List.of(List.of("strategj:*")))).isEqualTo(0.0192 + 0.0049, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(statistics.density(List.of(List.of("strategjia:*", "strategjine")))).isEqualTo(0.0192);
        // a word the statistics do not know is rare
        assertThat(statistics.density(List.of(List.of("qzxy:*")))).isZero();
    }

    @Test
    void common_words_beside_rare_ones_are_checked_on_the_rows_the_rare_ones_find() {
        var groups = List.of(List.of("zbatimit:*"), List.of("te"), List.of("strategjise:*"));
        assertThat(statistics.common(groups)).containsExactly(List.of("te"));
        // all common, or all rare: every word goes to the full-text index
        assertThat(statistics.common(List.of(List.of("te"), List.of("per")))).isNull();
        assertThat(statistics.common(List.of(List.of("zbatimit:*"), List.of("buxhetin")))).isNull();
        assertThat(PortalSearch.tsquery(groups)).isEqualTo("zbatimit:* & te & strategjise:*");
        assertThat(PortalSearch.tsquery(List.of(List.of("a:*", "b"), List.of("c")))).isEqualTo("(a:* | b) & c");
    }

    @Test
    void a_word_in_most_rows_is_read_newest_first_and_a_rarer_one_from_the_full_text_index() {
        assertThat(statistics.dense(0.95, IndexPart.WHOLE)).isTrue();
        assertThat(statistics.dense(0.33, IndexPart.RECENT)).isTrue();
        assertThat(statistics.dense(0.0192, IndexPart.RECENT)).isFalse();
        assertThat(statistics.dense(0.0049, IndexPart.WHOLE)).isFalse();
        assertThat(statistics.dense(0, IndexPart.WHOLE)).isFalse();
        // the recent part is read first only when it likely holds more matching records than are counted
        assertThat(statistics.worthReadingRecent(0.0192)).isTrue();
        assertThat(statistics.worthReadingRecent(0.0049)).isFalse();
    }
}

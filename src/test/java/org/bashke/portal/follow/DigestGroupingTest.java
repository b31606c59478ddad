package org.bashke.portal.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestGroupingTest {

    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    static DigestItem item(String module, String type, String id, String language, String title, long minutesAfter) {
        return new DigestItem(module, type, id, language, title, "/" + type + "/" + id, T.plusSeconds(minutesAfter * 60));
    }

    @Test
    void a_digest_groups_items_by_kind_with_the_portals_own_kinds_first() {
        var groups = DigestGrouping.group(List.of(
                item("consultation", "consultation", "1", "sq", "Konsultimi", 1),
                item("portal", "publication", "2", "sq", "Raporti", 2),
                item("portal", "news", "3", "sq", "Lajmi", 3),
                item("council", "decision", "4", "sq", "Vendimi", 4)), "sq");
        assertThat(groups).extracting(DigestGrouping.Group::type)
                .containsExactly("news", "publication", "consultation", "decision");
    }

    @Test
    void a_record_in_three_languages_is_listed_once_in_the_readers_language() {
        var groups = DigestGrouping.group(List.of(
                item("portal", "news", "3", "sq", "Lajmi", 1),
                item("portal", "news", "3", "sr", "Vest", 1),
                item("portal", "news", "3", "en", "The news", 1)), "sr");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).items()).extracting(DigestItem::title).containsExactly("Vest");
    }

    @Test
    void a_record_without_the_readers_language_is_listed_in_another() {
        var groups = DigestGrouping.group(List.of(item("portal", "news", "3", "sq", "Lajmi", 1)), "en");
        assertThat(groups.get(0).items()).extracting(DigestItem::title).containsExactly("Lajmi");
    }

    @Test
    void within_a_kind_the_newest_comes_first() {
        var groups = DigestGrouping.group(List.of(
                item("portal", "news", "1", "sq", "older", 1),
                item("portal", "news", "2", "sq", "newer", 5)), "sq");
        assertThat(groups.get(0).items()).extracting(DigestItem::title).containsExactly("newer", "older");
    }

    @Test
    void nothing_published_gives_no_groups() {
        assertThat(DigestGrouping.group(List.of(), "sq")).isEmpty();
    }
}

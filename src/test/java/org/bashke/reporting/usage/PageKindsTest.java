package org.bashke.reporting.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only public pages are counted, by section; a search only when something was searched for. */
class PageKindsTest {

    @Test
    void public_sections_are_counted_by_their_first_segment() {
        assertThat(PageKinds.of("/", null)).contains("home");
        assertThat(PageKinds.of("/news/12", null)).contains("news");
        assertThat(PageKinds.of("/council/meetings", null)).contains("council");
        assertThat(PageKinds.of("/results", null)).contains("results");
    }

    @Test
    void administration_accounts_downloads_and_resources_are_not_counted() {
        assertThat(PageKinds.of("/admin/portal", null)).isEmpty();
        assertThat(PageKinds.of("/login", null)).isEmpty();
        assertThat(PageKinds.of("/results.csv", null)).isEmpty();
        assertThat(PageKinds.of("/css/bashke.css", null)).isEmpty();
        assertThat(PageKinds.of("/events.ics", null)).isEmpty();
    }

    @Test
    void a_search_counts_only_with_search_text() {
        assertThat(PageKinds.of("/search", "ligji")).contains("search");
        assertThat(PageKinds.of("/search", " ")).isEmpty();
        assertThat(PageKinds.of("/search", null)).isEmpty();
    }
}

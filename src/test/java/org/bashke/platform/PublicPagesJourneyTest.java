package org.bashke.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.bashke.support.BrowserTest;
import org.bashke.support.PermissionRows;
import org.bashke.support.PermissionRows.Row;
import org.junit.jupiter.api.Test;

/**
 * A reader who is not logged in can reach every public page of every module; each of them, as the
 * permission matrix lists them, must pass axe-core. New public pages join by getting their matrix row.
 */
class PublicPagesJourneyTest extends BrowserTest {

    @Test
    void every_page_open_to_anonymous_readers_passes_axe() throws Exception {
        List<String> fileProblems = new ArrayList<>();
        List<Row> pages = PermissionRows.read(fileProblems).stream()
                .filter(r -> r.method().equals("GET") && r.allows("anonymous"))
                .filter(r -> !r.path().startsWith("/actuator"))
                .filter(Row::isPage)
                .toList();
        assertThat(pages).isNotEmpty();

        List<String> failures = new ArrayList<>();
        for (Row page : pages) {
            try {
                open(page.path());
            } catch (AssertionError violations) {
                failures.add(page.path() + " (" + page.where() + "):\n" + violations.getMessage());
            }
        }
        assertThat(checkedPages()).as("pages checked").hasSizeGreaterThanOrEqualTo(pages.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + pages.size() + " public pages fail axe-core:\n\n" + String.join("\n\n", failures));
        }
    }
}

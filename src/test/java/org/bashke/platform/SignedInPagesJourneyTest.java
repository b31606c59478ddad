package org.bashke.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.bashke.support.BrowserTest;
import org.bashke.support.PermissionRows;
import org.bashke.support.PermissionRows.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each demo person logs in through the real forms (two-factor where the role requires it) and opens
 * the pages the permission matrix lets their role reach; every one must pass axe-core. To keep it
 * quick, a role visits only what sets it apart: the member everything open to a member, the other roles
 * what a member cannot open, the admin what the secretariat cannot.
 */
class SignedInPagesJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"member", "cso_representative", "council_member", "government_officer", "hub_coordinator",
            "secretariat", "admin"})
    void every_page_a_role_can_open_passes_axe(String role) throws Exception {
        String baseline = switch (role) {
            case "member" -> null;
            case "admin" -> "secretariat";
            default -> "member";
        };
        List<Row> pages = PermissionRows.read(new ArrayList<>()).stream()
                .filter(r -> r.method().equals("GET") && r.allows(role))
                .filter(r -> baseline == null || !r.allows(baseline))
                .filter(r -> !r.path().startsWith("/actuator") && !r.path().startsWith("/login"))
                .filter(Row::isPage)
                .toList();

        signInAs(role);

        List<String> failures = new ArrayList<>();
        for (Row page : pages) {
            try {
                open(page.path());
                assertThat(currentPath()).as("%s was sent to the login", page.path()).doesNotStartWith("/login");
            } catch (AssertionError problem) {
                failures.add(page.path() + " (" + page.where() + "):\n" + problem.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + pages.size() + " pages fail for " + role + ":\n\n" + String.join("\n\n", failures));
        }
    }
}

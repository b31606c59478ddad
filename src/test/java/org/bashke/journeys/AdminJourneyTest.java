package org.bashke.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bashke.support.BrowserTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin logs in with the second factor, invites a government officer for a ministry, and finds
 * both the login and the invitation in the audit log. axe-core checks every page on the way.
 */
class AdminJourneyTest extends BrowserTest {

    /** The demo admin's TOTP secret, as printed in the README. */
    private static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void an_admin_logs_in_with_two_factors_invites_an_officer_of_a_ministry_and_sees_both_in_the_audit_log() throws Exception {
        open("/login");
        type(By.id("email"), "admin@bashke.demo");
        type(By.id("password"), "bashke-demo-2026");
        submit(By.cssSelector("main form button[type=submit]"));

        // the password alone is not enough
        assertThat(currentPath()).isEqualTo("/login/2fa");
        open("/admin");
        assertThat(currentPath()).isNotEqualTo("/admin");
        open("/login/2fa");
        String current = totpCode(ADMIN_TOTP_SECRET, Instant.now());
        type(By.id("code"), "000000".equals(current) ? "111111" : "000000");
        submit(By.cssSelector("form[action='/login/2fa'] button[type=submit]"));
        assertThat(findAll(By.cssSelector(".error-message, .error-summary, .notice-error"))).isNotEmpty();

        // a code is accepted once; if another test spent this 30-second step, the app's next code is accepted too
        for (int step = 0; step < 2 && currentPath().startsWith("/login/2fa"); step++) {
            type(By.id("code"), totpCode(ADMIN_TOTP_SECRET, Instant.now().plusSeconds(30L * step)));
            submit(By.cssSelector("form[action='/login/2fa'] button[type=submit]"));
        }
        open("/admin");
        assertThat(currentPath()).isEqualTo("/admin");

        // invite an officer of the Ministry of Finance
        String email = "zyrtar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open("/admin/invitations/new");
        type(By.id("orgQuery"), "Ministria e Financave");
        select(By.id("orgType"), "PUBLIC_INSTITUTION");
        // with JavaScript, htmx swaps only the options in; without it, the page reloads with them
        submit(By.cssSelector("form[role=search] button[type=submit]"));
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector("#organisation-options input[type=radio]")).isEmpty());
        accessibilityCheck();
        List<WebElement> ministries = findAll(By.cssSelector("#organisation-options input[type=radio]"));
        assertThat(ministries).isNotEmpty();
        ministries.get(0).click();
        type(By.id("email"), email);
        type(By.id("displayName"), "Blerim Gashi");
        select(By.id("languageTag"), "sq");
        select(By.id("role"), "GOVERNMENT_OFFICER");
        submit(By.cssSelector("form[action='/admin/invitations'][method=post] button[type=submit]"));
        assertThat(findAll(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(TestMailServer.awaitMailTo(email)).hasSize(1);

        // both actions are in the audit log, by the admin
        open("/admin/audit?actor=admin@bashke.demo");
        String log = find(By.tagName("main")).getText();
        assertThat(log).contains("identity.login.succeeded").contains("identity.invitation.created");

        open("/admin/audit?action=identity.invitation");
        assertThat(find(By.tagName("main")).getText()).contains(email);
    }

}

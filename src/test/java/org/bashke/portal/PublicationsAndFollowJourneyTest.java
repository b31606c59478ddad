package org.bashke.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.portal.follow.DigestJob;
import org.bashke.shared.text.Language;
import org.bashke.support.BrowserTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader follows the Prizren hub by e-mail and confirms; the Prizren coordinator publishes a guide
 * with its Albanian PDF; the reader finds it in the library, gets it in the next digest and leaves
 * with the digest's unsubscribe link. axe-core checks every page on the way.
 */
class PublicationsAndFollowJourneyTest extends BrowserTest {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/follow/(confirm|unsubscribe)\\?token=[0-9]+\\.[A-Za-z0-9_-]+)");

    final Directory directory;
    final DigestJob digests;
    final JdbcTemplate jdbc;

    @Autowired
    PublicationsAndFollowJourneyTest(Directory directory, DigestJob digests, JdbcTemplate jdbc) {
        this.directory = directory;
        this.digests = digests;
        this.jdbc = jdbc;
    }

    static String link(String mail, String purpose) {
        Matcher m = LINK.matcher(mail);
        while (m.find()) {
            if (m.group(2).equals(purpose)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + purpose + " link in " + mail);
    }

    @Test
    void a_reader_follows_prizren_and_gets_the_guide_its_coordinator_publishes() throws Exception {
        String word = "Gw" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String email = word.toLowerCase() + "@example.org";

        // a reader without an account follows the Prizren hub
        open("/follow");
        type(By.id("email"), email);
        find(By.cssSelector("input[name=hubs][value=PRZ]")).click();
        find(By.cssSelector("input[name=frequency][value=DAILY]")).click();
        submit(By.cssSelector("form.stacked button[type=submit]"));
        String confirmMail = ((String) TestMailServer.awaitMailTo(email).get(0).getContent());
        open(link(confirmMail, "confirm"));
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(find(By.tagName("h1")).getText()).isEqualTo(message("portal.follow.done.confirmed", java.util.Locale.forLanguageTag("sq")));

        // the Prizren coordinator publishes a guide with its Albanian file
        OrganisationSummary author = directory.activeOrganisations(null).get(0);
        signInAs("hub_coordinator");
        open("/admin/portal/publications/new");
        select(By.id("type"), "GUIDE");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = '2026-10-01';", find(By.id("issuedOn")));
        type(By.id("titleSq"), "Udhëzues për qytetarët " + word);
        type(By.id("summarySq"), "Si të merrni pjesë në konsultimet e komunës.");
        type(By.id("authorName"), author.name().get(Language.SQ));
        submit(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(currentPath()).matches("/admin/portal/publications/\\d+/edit");
        String editPath = currentPath();
        Path pdf = Files.createTempFile("udhezues-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        select(By.id("language"), "sq");
        find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        submit(By.cssSelector("form[action$='/submit'] button"));
        submit(By.cssSelector("form[action$='/publish'] button"));
        assertThat(currentPath()).isEqualTo(editPath);
        Files.deleteIfExists(pdf);

        // a reader finds it in the library, filtered by hub and language
        driver().manage().deleteAllCookies();
        open("/publications?hub=PRZ&lang=sq&type=GUIDE");
        click(By.partialLinkText(word));
        assertThat(find(By.tagName("h1")).getText()).contains(word);
        assertThat(findAll(By.cssSelector("main a[href$='/files/sq']"))).hasSize(1);

        // the next digest lists it, and its link unsubscribes
        TestMailServer.purge();
        jdbc.update("UPDATE portal_subscriber SET next_digest_at = now() - interval '1 minute' WHERE lower(email) = ?", email);
        digests.sendDue();
        String digest = ((String) TestMailServer.awaitMailTo(email).get(0).getContent());
        assertThat(digest).contains("Udhëzues për qytetarët " + word);
        open(link(digest, "unsubscribe"));
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_subscriber WHERE lower(email) = ?", Integer.class, email)).isZero();
    }
}

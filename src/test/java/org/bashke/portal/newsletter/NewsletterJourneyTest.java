package org.bashke.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat composes a newsletter, fixes what the form refuses, previews it, sends it and
 * follows the progress; a reader finds it in the public archive. axe-core checks every page.
 */
class NewsletterJourneyTest extends BrowserTest {

    final NewsletterSender sender;

    @Autowired
    NewsletterJourneyTest(NewsletterSender sender) {
        this.sender = sender;
    }

    @Test
    void the_secretariat_composes_previews_and_sends_and_the_archive_shows_it() {
        String word = "Nj" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        signInAs("secretariat");
        open("/admin/portal");
        click(By.cssSelector("a[href$='/admin/portal/newsletters']"));
        click(By.cssSelector("a[href$='/admin/portal/newsletters/new']"));

        // without a body in the original language the form says so and keeps what was typed
        type(By.id("subjectSq"), "Buletini i nëntorit " + word);
        submit(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(findAll(By.id("bodySq-error"))).hasSize(1);
        assertThat(find(By.id("subjectSq")).getAttribute("value")).contains(word);

        type(By.id("bodySq"), "Lajmet e muajit nga rrjeti dhe qendrat rajonale.");
        type(By.id("subjectEn"), "November newsletter " + word);
        type(By.id("bodyEn"), "The month's news from the network and the regional hubs.");
        select(By.id("hubCode"), "PRZ");
        submit(By.cssSelector("form.stacked button[type=submit]"));

        // the preview: every language, the audience, the send button
        assertThat(currentPath()).matches("/admin/portal/newsletters/\\d+");
        String path = currentPath();
        assertThat(text(By.tagName("main"))).contains("November newsletter " + word)
                .contains(message("portal.newsletter.preview.fallback", Locale.forLanguageTag("sq")));
        assertThat(findAll(By.id("audience-size"))).hasSize(1);
        submit(By.cssSelector("form[action$='/send'] button"));
        assertThat(currentPath()).isEqualTo(path);
        assertThat(findAll(By.id("progress-pending"))).hasSize(1);

        sender.sendPending();
        open(path);
        assertThat(text(By.id("progress-pending"))).isEqualTo("0");

        // the public archive, in English too
        driver().manage().deleteAllCookies();
        open("/newsletters");
        click(By.partialLinkText(word));
        assertThat(find(By.tagName("h1")).getText()).contains("Buletini i nëntorit " + word);
        open(currentPath() + "?lang=en");
        assertThat(find(By.tagName("h1")).getText()).contains("November newsletter " + word);
    }
}

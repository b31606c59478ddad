package org.bashke.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Prizren hub coordinator drafts news for the hub, sends it to review and publishes it; a reader
 * finds it in the hub's news and through the search. axe-core checks every page on the way.
 */
class PortalJourneyTest extends BrowserTest {

    @Test
    void a_hub_coordinator_publishes_news_for_prizren_and_a_reader_finds_it_by_hub_and_by_search() {
        String word = "Zw" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        signInAs("hub_coordinator");

        open("/admin/portal/news/new");
        type(By.id("titleSq"), "Dita e hapur në Prizren " + word);
        type(By.id("summarySq"), "Qendra rajonale fton organizatat e rajonit.");
        type(By.id("bodySq"), "Ejani në **ditën e hapur** të qendrës " + word + ".");
        submit(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(currentPath()).matches("/admin/portal/news/\\d+/edit");
        String editPath = currentPath();

        submit(By.cssSelector("form[action$='/submit'] button"));
        submit(By.cssSelector("form[action$='/publish'] button"));
        assertThat(currentPath()).isEqualTo(editPath);

        open("/news?hub=PRZ");
        click(By.partialLinkText(word));
        assertThat(find(By.tagName("h1")).getText()).contains(word);
        assertThat(findAll(By.cssSelector("main strong"))).isNotEmpty();

        open("/search?q=prizren+" + word.toLowerCase());
        assertThat(findAll(By.cssSelector("main ol.card-list li mark"))).isNotEmpty();
    }
}

package org.bashke.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class HomePageJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    static final Locale SERBIAN_CYRILLIC = Locale.forLanguageTag("sr-Cyrl");

    @Test
    void a_reader_switches_the_front_page_to_serbian_cyrillic_and_back_to_albanian() {
        open("/");
        assertThat(pageLanguage()).isEqualTo("sq");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("portal.home.heading", ALBANIAN));

        click(languageLink("sr-Cyrl"));
        assertThat(pageLanguage()).isEqualTo("sr-Cyrl");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("portal.home.heading", SERBIAN_CYRILLIC))
                .matches(".*\\p{IsCyrillic}.*");

        click(languageLink("sq"));
        assertThat(pageLanguage()).isEqualTo("sq");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("portal.home.heading", ALBANIAN));

        // the first visit of each language's page was checked with axe-core
        assertThat(checkedPages()).hasSize(3);
    }

    @Test
    void a_keyboard_user_reaches_the_skip_link_first_and_it_leads_to_the_main_content() {
        open("/");

        pressTab();
        WebElement skip = focused();
        assertThat(skip.getDomAttribute("class")).contains("skip-link");
        assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
        assertThat(skip.getText()).isEqualTo(message("layout.skip", ALBANIAN));
        assertThat(skip.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

        skip.sendKeys(Keys.ENTER);
        assertThat(focused().getDomAttribute("id")).isEqualTo("main");
    }

    @Test
    void the_accessibility_statement_passes_axe() {
        open("/accessibility");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("accessibility.title", ALBANIAN));
        assertThat(checkedPages()).containsExactly(baseUrl() + "/accessibility");
    }

    @Test
    void an_unknown_address_shows_an_accessible_not_found_page_in_the_readers_language() {
        open("/?lang=en");
        open("/no/such/page");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("error.404.title", Locale.ENGLISH));
    }

    @Test
    void the_accessibility_check_is_not_blind_under_the_content_security_policy() {
        open("/");
        // an image without a text alternative, added the way a careless template would
        ((JavascriptExecutor) driver()).executeScript(
                "document.querySelector('main').appendChild(document.createElement('img')).src = '/favicon.ico';");

        assertThatThrownBy(this::accessibilityCheck)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("critical")
                .hasMessageContaining(baseUrl() + "/");
    }

    static By languageLink(String tag) {
        return By.cssSelector("nav.languages a[hreflang='" + tag + "']");
    }
}

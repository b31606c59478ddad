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

    /**
     * Issue 6: a public page with its CSS and script weighs at most 60 KB as it travels (compressed); the CSS
     * is addressed by its content, so a browser may keep it, and the page itself can be revalidated by ETag.
     */
    @Test
    void the_home_page_with_its_css_and_script_weighs_less_than_60_kb_compressed() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> fetch = path -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                        .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(path, e);
            }
        };
        var page = fetch.apply("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("ETag")).isPresent();
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        java.util.List<String> assets = new java.util.ArrayList<>(doc.select("link[rel=stylesheet]").eachAttr("href"));
        assets.addAll(doc.select("script[src]").eachAttr("src"));
        assertThat(assets).isNotEmpty().anyMatch(a -> a.matches("/css/bashke-[0-9a-f]{32}\\.css"));

        long total = page.body().length;
        for (String asset : assets) {
            var response = fetch.apply(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
            if (asset.startsWith("/css/")) {
                assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(asset).contains("max-age=31536000");
            }
            total += response.body().length;
        }
        assertThat(total).as("bytes on the wire: page, CSS and script").isLessThanOrEqualTo(60 * 1024);
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

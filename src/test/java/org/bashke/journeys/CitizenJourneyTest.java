package org.bashke.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.support.BrowserTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen registers, confirms the address from the e-mail, logs in, reads the site in Serbian
 * Cyrillic and back in Albanian, and browses the directory filtered by region. axe-core checks
 * every page on the way.
 */
class CitizenJourneyTest extends BrowserTest {

    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+?(/register/verify\\?token=[A-Za-z0-9_\\-]+)");

    @Test
    void a_citizen_registers_confirms_by_email_logs_in_switches_language_and_browses_the_directory_by_region() throws Exception {
        String email = "qytetari-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "lule-bore-mbi-Sharr-2026";

        open("/");
        click(By.cssSelector("nav.main-nav a[href='/register']"));
        assertThat(currentPath()).isEqualTo("/register");

        // a weak password is refused next to the field, in Albanian, and nothing is created
        type(By.id("displayName"), "Arta Krasniqi");
        type(By.id("email"), email);
        type(By.id("password"), "password");
        type(By.id("passwordAgain"), "password");
        find(By.id("acceptTerms")).click();
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(findAll(By.cssSelector(".error-summary a[href='#password']"))).isNotEmpty();
        assertThat(find(By.id("password-error")).getText()).isNotBlank();

        type(By.id("password"), password);
        type(By.id("passwordAgain"), password);
        if (!find(By.id("acceptTerms")).isSelected()) {
            find(By.id("acceptTerms")).click();
        }
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(findAll(By.cssSelector(".error-summary"))).isEmpty();

        // the verification e-mail arrives (real SMTP) and its link activates the account
        List<MimeMessage> mails = TestMailServer.awaitMailTo(email);
        String body = String.valueOf(mails.get(mails.size() - 1).getContent());
        Matcher link = VERIFY_LINK.matcher(body);
        assertThat(link.find()).as("a verification link in:\n" + body).isTrue();
        open(link.group(1));
        assertThat(currentPath()).startsWith("/register/verify");

        open("/login");
        type(By.id("email"), email);
        type(By.id("password"), password);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(findAll(By.cssSelector("nav.main-nav a[href='/account']"))).as("logged in").isNotEmpty();

        // Serbian in Cyrillic, then back to Albanian; the choice sticks from page to page
        click(languageLink("sr-Cyrl"));
        assertThat(pageLanguage()).isEqualTo("sr-Cyrl");
        click(By.cssSelector("nav.main-nav a[href='/organisations']"));
        assertThat(pageLanguage()).isEqualTo("sr-Cyrl");
        assertThat(text(By.tagName("h1"))).matches(".*\\p{IsCyrillic}.*");
        click(languageLink("sq"));
        assertThat(pageLanguage()).isEqualTo("sq");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("directory.organisations.heading", ALBANIAN));

        // the directory, filtered by the Pejë region
        int everyone = cards().size();
        // with JavaScript, htmx fetches the results on change and swaps them in (and pushes the URL)
        select(By.id("region"), "PEJ");
        submit(By.cssSelector("form.filters button[type=submit]"));
        List<String> names = new WebDriverWait(driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> settled() && currentUrl().contains("region=PEJ")
                        ? cards().stream().map(WebElement::getText).toList() : null);
        accessibilityCheck();
        assertThat(names).isNotEmpty().hasSizeLessThanOrEqualTo(everyone);
        assertThat(names).anyMatch(n -> n.contains("Forumi për Arsim Gjithëpërfshirës"));
        assertThat(names).noneMatch(n -> n.contains("Qendra për Iniciativa Qytetare"));

        click(By.cssSelector("#results li.card a"));
        assertThat(currentPath()).startsWith("/organisations/");
    }

    private boolean settled() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling');"));
    }

    private List<WebElement> cards() {
        return findAll(By.cssSelector("#results li.card"));
    }

    private String currentUrl() {
        return driver().getCurrentUrl();
    }

    private static By languageLink(String tag) {
        return By.cssSelector("nav.languages a[hreflang='" + tag + "']");
    }
}

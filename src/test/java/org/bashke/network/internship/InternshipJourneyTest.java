package org.bashke.network.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.BrowserTest;
import org.bashke.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Journey 4: a person applies to a call with a CV and a letter, the selector scores and selects them and places
 * them with a mentor, mentor and intern write a check-in and evaluate, and the intern downloads the certificate.
 * axe-core checks every page on the way.
 */
class InternshipJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    final TestAccounts people;
    final PublishInternshipCall publish;

    @Autowired
    InternshipJourneyTest(TestAccounts people, PublishInternshipCall publish) {
        this.people = people;
        this.publish = publish;
    }

    @Test
    void an_intern_applies_is_selected_placed_evaluated_and_downloads_the_certificate() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "sq");
        TestAccounts.Person selector = people.member("sq");
        TestAccounts.Person mentor = people.member("sq");
        TestAccounts.Person intern = people.member("sq");
        String topic = "Praktikë në monitorim " + UUID.randomUUID().toString().substring(0, 6);
        long callId = as(secretariat.principal(), () -> publish.publish(new PublishInternshipCall.NewCall(null,
                LocalizedText.of(Language.SQ, topic, topic + " (sr)", topic + " (en)"),
                LocalizedText.of(Language.SQ, "Tre muaj në sekretariat.", null, null), 3, 1, LocalDate.now().plusDays(14), 60,
                List.of(selector.email())))).getId();

        signIn(intern.email(), TestAccounts.PASSWORD);
        open("/network/internships");
        click(By.linkText(topic));
        Path cv = pdf("cv-");
        Path letter = pdf("letra-");
        type(By.id("motivation"), "Dua të mësoj si monitorohen konsultimet.");
        find(By.id("cv")).sendKeys(cv.toAbsolutePath().toString());
        find(By.id("letter")).sendKeys(letter.toAbsolutePath().toString());
        submit(By.cssSelector("form[action$='/apply'] button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/network/internships/mine");
        assertThat(text(By.id("my-applications"))).contains(topic).contains(message("network.internship.application.status.SUBMITTED", ALBANIAN));

        driver().manage().deleteAllCookies();
        signIn(selector.email(), TestAccounts.PASSWORD);
        open("/network/internships/" + callId + "/selection");
        assertThat(text(By.cssSelector("main"))).contains(intern.email());
        WebElement score = find(By.cssSelector("input[name=score]"));
        score.sendKeys("90");
        find(By.cssSelector("textarea[name=reason]")).sendKeys("Motivim i qartë dhe përvojë në terren.");
        find(By.cssSelector("input[name=selected]")).click();
        submit(By.cssSelector("form[action$='/score'] button[type=submit]"));
        submit(By.cssSelector("form[action$='/selection/close'] button[type=submit]"));
        find(By.cssSelector("input[name=mentorEmail]")).sendKeys(mentor.email());
        find(By.cssSelector("textarea[name=learningPlan]")).sendKeys("Monitorimi i një konsultimi publik nga fillimi në fund.");
        setValue(By.cssSelector("input[name=startsOn]"), LocalDate.now().toString());
        setValue(By.cssSelector("input[name=endsOn]"), LocalDate.now().plusMonths(3).toString());
        submit(By.cssSelector("form[action$='/place'] button[type=submit]"));
        assertThat(currentPath()).matches("/network/internships/placements/\\d+");
        String placement = currentPath();

        driver().manage().deleteAllCookies();
        signIn(mentor.email(), TestAccounts.PASSWORD);
        open(placement);
        setValue(By.id("month"), LocalDate.now().toString());
        type(By.id("note"), "Muaji i parë: njohja me procesin e konsultimit.");
        submit(By.cssSelector("form[action$='/checkins'] button[type=submit]"));
        type(By.id("rating"), "5");
        type(By.id("text"), "Punë e përpiktë dhe iniciativë.");
        submit(By.cssSelector("form[action$='/evaluation'] button[type=submit]"));

        driver().manage().deleteAllCookies();
        signIn(intern.email(), TestAccounts.PASSWORD);
        open(placement);
        assertThat(text(By.id("checkins"))).isNotBlank();
        assertThat(text(By.cssSelector("main"))).contains("Muaji i parë");
        type(By.id("rating"), "4");
        type(By.id("text"), "Mësova shumë për konsultimet.");
        submit(By.cssSelector("form[action$='/evaluation'] button[type=submit]"));
        String href = find(By.cssSelector("#certificate-links a[hreflang=en]")).getDomAttribute("href");
        byte[] pdf = download(href);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        open("/network/internships?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        open("/network/internships?lang=sr");
        open("/network/internships/mine?lang=sq");
    }

    private <T> T as(UserDetails principal, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Path pdf(String prefix) throws Exception {
        Path file = Files.createTempFile(prefix, ".pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /** A date field set as a browser without a date picker would send it (ISO); the form itself needs no script. */
    private void setValue(By field, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(field), value);
    }

    private byte[] download(String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return response.body();
    }
}

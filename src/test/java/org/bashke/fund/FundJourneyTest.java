package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The demo CSO representative claims for a Council meeting their organisation attended (pre-filled from the
 * register), uploads a receipt; the secretariat asks for a change, the claimant adds it, the claim is approved,
 * batched, exported and paid; the public list shows the organisation. axe-core checks every page on the way.
 */
class FundJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Test
    void a_cso_claim_goes_from_attendance_to_the_public_list_of_what_was_paid() throws Exception {
        signInAs("cso_representative");
        open("/support/claims");
        List<WebElement> start = findAll(By.cssSelector("form[action$='/support/claims'] button[type=submit]"));
        assertThat(start).as("an attended meeting without a claim").isNotEmpty();
        submit(By.cssSelector("form[action$='/support/claims'] button[type=submit]"));
        assertThat(currentPath()).matches("/support/claims/\\d+");
        String claimPath = currentPath();
        String claimId = claimPath.substring("/support/claims/".length());

        Path receipt = Files.createTempFile("bileta-", ".pdf");
        Files.write(receipt, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        select(By.id("kind"), "TICKET");
        type(By.id("quantity"), "2");
        type(By.id("unitAmount"), "1.50");
        find(By.id("receipt")).sendKeys(receipt.toAbsolutePath().toString());
        submit(By.cssSelector("form[action$='/lines'] button[type=submit]"));
        assertThat(text(By.id("lines"))).contains("2 × 1.50 € = 3.00 €");
        submit(By.cssSelector("form[action$='/submit'] button[type=submit]"));
        assertThat(text(By.cssSelector("main"))).contains(message("support.status.SUBMITTED", ALBANIAN));

        driver().manage().deleteAllCookies();
        signInAs("secretariat");
        open("/admin/support/claims/" + claimId);
        submit(By.cssSelector("form[action$='/review'] button[type=submit]"));
        type(By.id("text"), "Shtoni ushqimin e ditës së takimit.");
        submit(By.cssSelector("form[action$='/changes'] button[type=submit]"));

        driver().manage().deleteAllCookies();
        signInAs("cso_representative");
        open(claimPath);
        assertThat(text(By.cssSelector("main"))).contains("Shtoni ushqimin e ditës së takimit.");
        select(By.id("kind"), "MEALS");
        type(By.id("quantity"), "1");
        type(By.id("unitAmount"), "12");
        submit(By.cssSelector("form[action$='/lines'] button[type=submit]"));
        submit(By.cssSelector("form[action$='/submit'] button[type=submit]"));

        driver().manage().deleteAllCookies();
        signInAs("secretariat");
        open("/admin/support/claims/" + claimId);
        submit(By.cssSelector("form[action$='/review'] button[type=submit]"));
        WebElement budgetLine = find(By.cssSelector("#budgetLineId option:nth-child(2)"));
        select(By.id("budgetLineId"), budgetLine.getDomAttribute("value"));
        submit(By.cssSelector("form[action$='/approve'] button[type=submit]"));
        assertThat(text(By.cssSelector("main"))).contains(message("support.status.APPROVED", ALBANIAN));

        open("/admin/support/batches");
        WebElement box = find(By.id("claim-" + claimId));
        if (!box.isSelected()) {
            box.click();
        }
        submit(By.cssSelector("form[action$='/admin/support/batches'] button[type=submit]"));
        String batchPath = currentPath();
        assertThat(batchPath).matches("/admin/support/batches/\\d+");

        String csv = download(batchPath + "/transfers.csv");
        assertThat(csv).startsWith("reference,beneficiary,organisation,iban,bank,amount_eur,batch")
                .contains("-" + claimId + ",").contains("XK051212012345678906").contains("15.00");

        type(By.id("bankReference"), "BANKA-" + claimId);
        submit(By.cssSelector("form[action$='/paid'] button[type=submit]"));
        assertThat(text(By.cssSelector("main"))).contains("BANKA-" + claimId);

        driver().manage().deleteAllCookies();
        open("/support");
        assertThat(text(By.cssSelector("main table"))).contains("Qendra për Iniciativa Qytetare");
        open("/support?lang=sr");
        open("/support?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
    }

    /** Fetches a download with the browser's session, as the secretariat's browser would save it. */
    String download(String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}

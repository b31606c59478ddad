package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.payment.BankAccount;
import org.bashke.fund.payment.BankAccounts;
import org.bashke.fund.rules.RulesVersions;
import org.bashke.shared.security.Role;
import org.bashke.identity.TestAccounts;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey: a representative of a CSO from Dragash claims for a Council meeting in Prishtinë they attended
 * (the car travel pre-filled from the attendance register and the distance table), uploads a receipt; the secretariat
 * asks for a change, the claimant makes it, the claim is approved, batched, exported (CSV checked) and paid; the
 * public list and the reports show the organisation and the amount, in Albanian, Serbian and English. axe-core
 * checks every page on the way.
 */
class FundJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    static final String IBAN = "XK051212012345678906";

    final JdbcTemplate jdbc;
    final Council council;
    final RulesVersions rules;
    final Eligibilities eligibilities;
    final BudgetLines budgetLines;
    final BankAccounts banks;
    final Directory directory;
    final TestAccounts people;

    @Autowired
    FundJourneyTest(JdbcTemplate jdbc, Council council, RulesVersions rules, Eligibilities eligibilities, BudgetLines budgetLines,
                    BankAccounts banks, Directory directory, TestAccounts people) {
        this.jdbc = jdbc;
        this.council = council;
        this.rules = rules;
        this.eligibilities = eligibilities;
        this.budgetLines = budgetLines;
        this.banks = banks;
        this.directory = directory;
        this.people = people;
    }

    @Test
    void a_cso_from_dragash_claims_travel_to_a_council_meeting_in_prishtina_and_is_on_the_public_list() throws Exception {
        FundFixture fixture = new FundFixture(jdbc, council, rules, eligibilities, budgetLines);
        OrganisationSummary dragash = directory.findOrganisations("Rinia Aktive Dragash", OrganisationType.CSO, 1).get(0);
        LocalDate today = LocalDate.now(StartClaim.KOSOVO);
        LocalDate held = today.minusDays(3).getYear() == today.getYear() ? today.minusDays(3) : today;
        if (jdbc.queryForObject("SELECT count(*) FROM support_eligibility WHERE organisation_id = ? AND eligibility_year = ?",
                Long.class, dragash.id(), today.getYear()) == 0) {
            fixture.eligible(dragash.id(), today.getYear());
        }
        banks.save(new BankAccount(dragash.id(), "Rinia Aktive Dragash", IBAN, "Banka", "test", Instant.now()));
        TestAccounts.Person rep = people.holding(Role.CSO_REPRESENTATIVE, dragash.id(), "sq");
        long meeting = fixture.heldMeeting(held, "PRI");
        fixture.attended(meeting, rep.id(), dragash.id());

        signIn(rep.email(), TestAccounts.PASSWORD);
        open("/support/claims");
        submit(By.xpath("//form[input[@name='meetingId' and @value='" + meeting + "']]//button[@type='submit']"));
        assertThat(currentPath()).matches("/support/claims/\\d+");
        String claimPath = currentPath();
        String claimId = claimPath.substring("/support/claims/".length());
        // pre-filled: there and back from Dragash to Prishtinë at the rate in force
        assertThat(text(By.id("lines"))).contains("2 × 115.0 km × 0.2 €/km = 46.00 €");

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
        signIn(rep.email(), TestAccounts.PASSWORD);
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
                .contains("-" + claimId + ",Rinia Aktive Dragash,Rinia Aktive Dragash," + IBAN + ",Banka,61.00,");

        type(By.id("bankReference"), "BANKA-" + claimId);
        submit(By.cssSelector("form[action$='/paid'] button[type=submit]"));
        assertThat(text(By.cssSelector("main"))).contains("BANKA-" + claimId);
        open("/admin/support/reports");
        assertThat(download("/admin/support/reports/claims.csv?status=PAID")).contains("-" + claimId + ",");

        driver().manage().deleteAllCookies();
        open("/support");
        assertThat(text(By.cssSelector("main table"))).contains(dragash.name().display(ALBANIAN), "61,00 €");
        open("/support?lang=sr-Latn");
        assertThat(text(By.cssSelector("main table"))).contains(dragash.name().display(Locale.forLanguageTag("sr")), "61,00 €");
        open("/support/reports");
        assertThat(text(By.cssSelector("main"))).contains(dragash.name().display(Locale.forLanguageTag("sr")));
        open("/support?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.cssSelector("main table"))).contains(dragash.name().display(Locale.ENGLISH), "61.00 €");
        open("/support/reports");
        assertThat(find(By.cssSelector("svg[role=img] title")).getDomProperty("textContent")).isEqualTo("Spent and committed by Year");
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

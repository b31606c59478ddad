package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.RulesVersions;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The claimant hears of every step of their claim by e-mail, in their own language, read from the real SMTP
 * server (GreenMail): the receipt on submission, the review, what to change, the approval with the reason for
 * each reduced line, the rejection with its reason, the batch, and the payment with its date and bank reference.
 */
@IntegrationTest
class ClaimMailIntegrationTest {

    final MockMvc mvc;
    final Directory directory;
    final TestAccounts people;
    final BankDetails bank;
    final DistanceTable distances;
    final FundFixture fixture;

    @Autowired
    ClaimMailIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Directory directory, TestAccounts people, Council council, RulesVersions rules,
                             Eligibilities eligibilities, BudgetLines budgetLines, BankDetails bank, DistanceTable distances) {
        this.mvc = mvc;
        this.directory = directory;
        this.people = people;
        this.bank = bank;
        this.distances = distances;
        this.fixture = new FundFixture(jdbc, council, rules, eligibilities, budgetLines);
    }

    long dragash;
    int year;
    BudgetLine line;
    UserDetails secretariat;

    @BeforeEach
    void setUp() {
        dragash = directory.findOrganisations("Rinia Aktive Dragash", OrganisationType.CSO, 1).get(0).id();
        year = fixture.newYear();
        fixture.publishedRules(year, "0.20", "150.00", "1000.00", "100.00");
        fixture.eligible(dragash, year);
        distances.setAsSystem("DRA", "PRI", new BigDecimal("115"), "test: road atlas");
        line = fixture.budgetLine(year, "1000.00");
        secretariat = FundFixture.secretariat(fixture.newId());
        SecurityContextHolder.getContext().setAuthentication(FundFixture.authentication(secretariat));
        try {
            bank.record(dragash, "Rinia Aktive Dragash", "XK051212012345678906", "Banka");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long startClaim(UserDetails rep) throws Exception {
        long person = fixture.newId();
        long meeting = fixture.heldMeeting(LocalDate.of(year, 3, 10), "PRI");
        fixture.attended(meeting, person, dragash);
        MvcResult r = mvc.perform(post("/support/claims").with(user(rep)).with(csrf()).param("organisationId", String.valueOf(dragash))
                .param("meetingId", String.valueOf(meeting)).param("accountId", String.valueOf(person)))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/support/claims/".length()));
    }

    void ok(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void an_english_speaking_claimant_is_told_of_every_step_up_to_the_payment() throws Exception {
        TestAccounts.Person rep = people.holding(Role.CSO_REPRESENTATIVE, dragash, "en");
        UserDetails me = rep.principal();
        long claim = startClaim(me);
        String ref = "BSH-" + year + "-" + claim;

        ok(post("/support/claims/" + claim + "/submit").with(user(me)).with(csrf()));
        assertThat(body(rep, "Claim " + ref + " submitted")).contains("Hello " + rep.name(), "was submitted to the secretariat", "46.00 €",
                "/support/claims/" + claim);

        ok(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf()));
        assertThat(body(rep, "Claim " + ref + " is in review")).contains("has started reviewing your claim " + ref);

        ok(post("/admin/support/claims/" + claim + "/changes").with(user(secretariat)).with(csrf()).param("text", "Add the bus ticket from Dragash."));
        assertThat(body(rep, "Claim " + ref + ": changes requested")).contains("Add the bus ticket from Dragash.");

        ok(multipart("/support/claims/" + claim + "/lines").file(new MockMultipartFile("receipt", "bus.pdf", "application/pdf",
                FundIntegrationTest.PDF)).param("kind", "TICKET").param("quantity", "1").param("unitAmount", "4.00").with(user(me)).with(csrf()));
        ok(post("/support/claims/" + claim + "/submit").with(user(me)).with(csrf()));
        ok(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf()));
        ok(post("/admin/support/claims/" + claim + "/approve").with(user(secretariat)).with(csrf()).param("approved-1", "40.00")
                .param("reason-1", "Shorter route via Prizren").param("budgetLineId", String.valueOf(line.getId())));
        assertThat(body(rep, "Claim " + ref + " approved")).contains("was approved: 44.00 €.", "You claimed 50.00 €.",
                "line 1, Travel by car: 46.00 € claimed, 40.00 € approved. Reason: Shorter route via Prizren")
                .doesNotContain("line 2");

        MvcResult batched = mvc.perform(post("/admin/support/batches").with(user(secretariat)).with(csrf()).param("claimId", String.valueOf(claim)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(body(rep, "Claim " + ref + " sent for payment")).contains("44.00 €");
        String batch = batched.getResponse().getRedirectedUrl();
        LocalDate paidOn = LocalDate.now().minusDays(2);
        ok(post(batch + "/paid").with(user(secretariat)).with(csrf()).param("paidOn", paidOn.toString()).param("bankReference", "BANK-M-" + claim));
        assertThat(body(rep, "Claim " + ref + " paid")).contains("was paid: 44.00 € on " + paidOn, "Bank reference: BANK-M-" + claim,
                "Quote " + ref);
        // and the claim's page says the same
        mvc.perform(get("/support/claims/" + claim).with(user(me)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved: 44.00 € (claimed: 50.00 €).")))
                .andExpect(content().string(containsString("Paid on " + paidOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + "; bank reference BANK-M-" + claim + ".")));
    }

    @Test
    void a_serbian_speaking_claimant_is_told_in_serbian_why_the_claim_was_rejected() throws Exception {
        TestAccounts.Person rep = people.holding(Role.CSO_REPRESENTATIVE, dragash, "sr");
        UserDetails me = rep.principal();
        long claim = startClaim(me);
        String ref = "BSH-" + year + "-" + claim;
        ok(post("/support/claims/" + claim + "/submit").with(user(me)).with(csrf()));
        assertThat(body(rep, "Zahtev " + ref + " je podnet")).contains("podnet je sekretarijatu");
        ok(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf()));
        assertThat(body(rep, "Zahtev " + ref + " je u razmatranju")).contains("Sekretarijat je počeo da razmatra");
        ok(post("/admin/support/claims/" + claim + "/reject").with(user(secretariat)).with(csrf())
                .param("reason", "Osoba je prisustvovala kao posmatrač, ne kao član."));
        assertThat(body(rep, "Zahtev " + ref + " je odbijen")).contains("je odbijen, iz sledećeg razloga",
                "Osoba je prisustvovala kao posmatrač, ne kao član.");
    }

    /** The text of the mail to this person whose subject is this, waiting for it to arrive. */
    static String body(TestAccounts.Person to, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : TestMailServer.mailTo(to.email())) {
                if (subject.equals(m.getSubject())) {
                    return (String) m.getContent();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail \"" + subject + "\" for " + to.email() + "; got "
                + TestMailServer.mailTo(to.email()).stream().map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }
}

package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.bashke.fund.budget.BudgetBook;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ReviewClaims;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.payment.PaymentBatch;
import org.bashke.fund.payment.Payouts;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The fund on the real database, through the real security chain: claims from attendance to payment. */
@IntegrationTest
class FundIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final Directory directory;
    final Accounts accounts;
    final ReviewClaims review;
    final Payouts payouts;
    final BankDetails bank;
    final BudgetBook budget;
    final DistanceTable distances;
    final TransactionTemplate transaction;
    final FundFixture fixture;

    @Autowired
    FundIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Directory directory, Accounts accounts, Council council, RulesVersions rules,
                        Eligibilities eligibilities, BudgetLines budgetLines, ReviewClaims review, Payouts payouts, BankDetails bank,
                        BudgetBook budget, DistanceTable distances, TransactionTemplate transaction) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.review = review;
        this.payouts = payouts;
        this.bank = bank;
        this.budget = budget;
        this.distances = distances;
        this.transaction = transaction;
        this.fixture = new FundFixture(jdbc, council, rules, eligibilities, budgetLines);
    }

    long dragash;
    long other;
    int year;
    AccountSummary claimant;

    @BeforeEach
    void setUp() {
        dragash = directory.findOrganisations("Rinia Aktive Dragash", OrganisationType.CSO, 1).get(0).id();
        other = directory.findOrganisations("Forumi Rinor i Podujevës", OrganisationType.CSO, 1).get(0).id();
        claimant = accounts.accountByEmail("oshc@bashke.demo").orElseThrow();
        year = fixture.newYear();
        fixture.publishedRules(year, "0.20", "150.00", "1000.00", "100.00");
        fixture.eligible(dragash, year);
        asSystem(() -> distances.setAsSystem("DRA", "PRI", new BigDecimal("115"), "test: road atlas"));
    }

    void asSystem(Runnable r) {
        r.run();
    }

    /** Use cases called straight from a test run as a secretariat member (they check who is acting). */
    void asSecretariat(Runnable r) {
        SecurityContextHolder.getContext().setAuthentication(FundFixture.authentication(FundFixture.secretariat(fixture.newId())));
        try {
            r.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    UserDetails rep() {
        return FundFixture.representative(claimant.id(), claimant.email(), dragash);
    }

    /** A person of the Dragash organisation attended a Council meeting in Prishtinë; returns the meeting. */
    long attendedMeeting(long person) {
        long meeting = fixture.heldMeeting(LocalDate.of(year, 3, 10), "PRI");
        fixture.attended(meeting, person, dragash);
        return meeting;
    }

    long startClaim(UserDetails who, long meeting, long person) throws Exception {
        MvcResult r = mvc.perform(post("/support/claims").with(user(who)).with(csrf()).param("organisationId", String.valueOf(dragash))
                .param("meetingId", String.valueOf(meeting)).param("accountId", String.valueOf(person)))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/support/claims/".length()));
    }

    @Test
    void a_representative_starts_a_claim_from_attendance_prefilled_with_car_travel_from_the_distance_table() throws Exception {
        long person = fixture.newId();
        long meeting = attendedMeeting(person);
        mvc.perform(get("/support/claims").with(user(rep()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Takimi " + LocalDate.of(year, 3, 10))));
        long claim = startClaim(rep(), meeting, person);
        assertThat(jdbc.queryForMap("SELECT status, claimed_amount, distance_km, origin_code, venue_code FROM support_claim WHERE id = ?", claim))
                .containsEntry("status", "DRAFT").containsEntry("origin_code", "DRA").containsEntry("venue_code", "PRI")
                .satisfies(m -> assertThat((BigDecimal) m.get("claimed_amount")).isEqualByComparingTo("46.00"));
        mvc.perform(get("/support/claims/" + claim).with(user(rep()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 × 115.0 km × 0.2 €/km = 46.00 €")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'support.claim.started' AND record_id = ?",
                Long.class, String.valueOf(claim))).isEqualTo(1);
    }

    @Test
    void one_claim_per_person_per_meeting_and_none_for_a_meeting_not_attended() throws Exception {
        long person = fixture.newId();
        long meeting = attendedMeeting(person);
        long claim = startClaim(rep(), meeting, person);
        mvc.perform(post("/support/claims").with(user(rep())).with(csrf()).param("organisationId", String.valueOf(dragash))
                        .param("meetingId", String.valueOf(meeting)).param("accountId", String.valueOf(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ka tashmë një kërkesë për këtë person në këtë takim (kërkesa " + claim + ")")));
        long notAttended = fixture.heldMeeting(LocalDate.of(year, 4, 2), "PRI");
        mvc.perform(post("/support/claims").with(user(rep())).with(csrf()).param("organisationId", String.valueOf(dragash))
                        .param("meetingId", String.valueOf(notAttended)).param("accountId", String.valueOf(person)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nuk ka pjesëmarrje të konfirmuar")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM support_claim WHERE account_id = ?", Long.class, person)).isEqualTo(1);
    }

    @Test
    void a_representative_of_another_cso_never_sees_the_claim_or_its_receipts() throws Exception {
        long person = fixture.newId();
        long claim = startClaim(rep(), attendedMeeting(person), person);
        mvc.perform(multipart("/support/claims/" + claim + "/lines").file(new MockMultipartFile("receipt", "bus.pdf", "application/pdf", PDF))
                        .param("kind", "TICKET").param("quantity", "2").param("unitAmount", "4.50").with(user(rep())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long line = jdbc.queryForObject("SELECT id FROM support_claim_line WHERE claim_id = ? AND kind = 'TICKET'", Long.class, claim);
        UserDetails stranger = FundFixture.representative(fixture.newId(), "stranger@bashke.test", other);
        mvc.perform(get("/support/claims/" + claim).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/support/claims/" + claim + "/receipts/" + line).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/support/claims").with(user(stranger))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("BSH-" + year + "-" + claim))));
        mvc.perform(get("/support/claims/" + claim + "/receipts/" + line).with(user(rep()))).andExpect(status().isOk());
        mvc.perform(get("/support/claims/" + claim + "/receipts/" + line).with(user(FundFixture.secretariat(fixture.newId()))))
                .andExpect(status().isOk());
    }

    @Test
    void a_ticket_without_a_receipt_is_refused_next_to_the_field() throws Exception {
        long person = fixture.newId();
        long claim = startClaim(rep(), attendedMeeting(person), person);
        mvc.perform(multipart("/support/claims/" + claim + "/lines").param("kind", "TICKET").param("quantity", "1")
                        .param("unitAmount", "5").with(user(rep())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ky shpenzim kërkon faturë")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM support_claim_line WHERE claim_id = ?", Long.class, claim)).isEqualTo(1);
    }

    @Test
    void a_claim_goes_from_submission_through_changes_approval_with_a_reduction_and_batch_to_paid_and_on_the_public_list() throws Exception {
        BudgetLine line = fixture.budgetLine(year, "1000.00");
        asSecretariat(() -> bank.record(dragash, "Rinia Aktive Dragash", "XK05 1212 0123 4567 8906", "Banka"));
        long person = fixture.newId();
        long claim = startClaim(rep(), attendedMeeting(person), person);
        TestMailServer.purge();
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(rep())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.awaitMailTo(claimant.email())).isNotEmpty();

        UserDetails secretariat = FundFixture.secretariat(fixture.newId());
        mvc.perform(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/changes").with(user(secretariat)).with(csrf()).param("text", "Add the bus ticket"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/support/claims/" + claim).with(user(rep()))).andExpect(content().string(containsString("Add the bus ticket")));
        mvc.perform(multipart("/support/claims/" + claim + "/lines").file(new MockMultipartFile("receipt", "bus.pdf", "application/pdf", PDF))
                        .param("kind", "TICKET").param("quantity", "1").param("unitAmount", "4.00").with(user(rep())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(rep())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
        // a reduction without a reason is refused, with the reason it is recorded
        mvc.perform(post("/admin/support/claims/" + claim + "/approve").with(user(secretariat)).with(csrf())
                        .param("approved-1", "40.00").param("budgetLineId", String.valueOf(line.getId())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jepni arsyen e zvogëlimit")));
        mvc.perform(post("/admin/support/claims/" + claim + "/approve").with(user(secretariat)).with(csrf())
                        .param("approved-1", "40.00").param("reason-1", "Shorter route via Prizren")
                        .param("budgetLineId", String.valueOf(line.getId())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT approved_amount FROM support_claim WHERE id = ?", BigDecimal.class, claim))
                .isEqualByComparingTo("44.00");
        assertThat(budget.balance(line).remaining()).isEqualByComparingTo("956.00");

        MvcResult batched = mvc.perform(post("/admin/support/batches").with(user(secretariat)).with(csrf()).param("claimId", String.valueOf(claim)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long batch = Long.parseLong(batched.getResponse().getRedirectedUrl().substring("/admin/support/batches/".length()));
        String csv = mvc.perform(get("/admin/support/batches/" + batch + "/transfers.csv").with(user(secretariat)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("reference,beneficiary,organisation,iban,bank,amount_eur,batch")
                .contains("BSH-" + year + "-" + claim + ",Rinia Aktive Dragash,Rinia Aktive Dragash,XK051212012345678906,Banka,44.00,");
        mvc.perform(get("/admin/support/batches/" + batch + "/transfers.xlsx").with(user(secretariat))).andExpect(status().isOk());

        mvc.perform(post("/admin/support/batches/" + batch + "/paid").with(user(secretariat)).with(csrf())
                .param("paidOn", LocalDate.now().toString()).param("bankReference", "BANK-" + batch)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM support_claim WHERE id = ?", String.class, claim)).isEqualTo("PAID");
        assertThat(budget.balance(line).spent()).isEqualByComparingTo("44.00");
        // the public list is by the year of the meeting paid for, as the reports are
        mvc.perform(get("/support").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rinia Aktive Dragash")));
        String list = mvc.perform(get("/support/paid.csv").param("year", String.valueOf(year)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Rinia Aktive Dragash").doesNotContain(claimant.email());

        // paid is final, in the database too; corrections are adjustments
        assertThatThrownBy(() -> jdbc.update("UPDATE support_claim SET approved_amount = 1 WHERE id = ?", claim))
                .hasMessageContaining("is paid and cannot change");
        mvc.perform(post("/admin/support/claims/" + claim + "/adjustments").with(user(secretariat)).with(csrf())
                .param("amount", "-4.00").param("reason", "Ticket refunded by the operator")).andExpect(status().is3xxRedirection());
        assertThat(budget.balance(line).spent()).isEqualByComparingTo("40.00");
        for (String action : List.of("support.claim.submitted", "support.claim.changes-requested", "support.claim.approved",
                "support.claim.batched", "support.claim.paid", "support.claim.adjusted")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND record_id = ?", Long.class, action,
                    String.valueOf(claim))).as(action).isPositive();
        }
    }

    /** Starts, submits and takes up the review of a claim for a new person at a new meeting, as the service would. */
    long claimInReview(UserDetails secretariat) throws Exception {
        long person = fixture.newId();
        long claim = startClaim(rep(), attendedMeeting(person), person);
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(rep())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
        return claim;
    }

    @Test
    void parallel_approvals_against_an_almost_empty_budget_line_never_take_it_below_zero() throws Exception {
        BudgetLine line = fixture.budgetLine(year, "100.00");
        UserDetails secretariat = FundFixture.secretariat(fixture.newId());
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(claimInReview(secretariat));
        }
        List<Object> outcomes = race(claims.size(), i -> {
            SecurityContextHolder.getContext().setAuthentication(FundFixture.authentication(FundFixture.secretariat(fixture.newId())));
            try {
                return review.approve(claims.get(i), List.of(), line.getId(), null).getApprovedAmount();
            } catch (FundRuleBroken e) {
                return e.messageKey();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        assertThat(outcomes).filteredOn(o -> o instanceof BigDecimal).hasSize(2);
        assertThat(outcomes).filteredOn("support.rule.budget.overspend"::equals).hasSize(3);
        assertThat(budget.balance(line).remaining()).isEqualByComparingTo("8.00");
    }

    @Test
    void one_hundred_concurrent_replays_of_the_same_payment_confirmation_pay_exactly_once() throws Exception {
        BudgetLine line = fixture.budgetLine(year, "1000.00");
        asSecretariat(() -> bank.record(dragash, "Rinia Aktive Dragash", "XK051212012345678906", "Banka"));
        UserDetails secretariat = FundFixture.secretariat(fixture.newId());
        long claim = claimInReview(secretariat);
        SecurityContextHolder.getContext().setAuthentication(FundFixture.authentication(FundFixture.secretariat(fixture.newId())));
        PaymentBatch batch;
        try {
            review.approve(claim, List.of(), line.getId(), null);
            batch = payouts.batch(List.of(claim));
        } finally {
            SecurityContextHolder.clearContext();
        }
        long batchId = batch.getId();
        List<Object> paid = race(100, i -> payouts.markPaid(batchId, LocalDate.now().minusDays(1), "BANK-REPLAY"));
        assertThat(paid).filteredOn(n -> Integer.valueOf(1).equals(n)).hasSize(1);
        assertThat(paid).filteredOn(n -> Integer.valueOf(0).equals(n)).hasSize(99);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM support_payment WHERE claim_id = ?", Long.class, claim)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'support.claim.paid' AND record_id = ?",
                Long.class, String.valueOf(claim))).isEqualTo(1);
    }

    @Test
    void above_the_four_eyes_threshold_the_reviewer_cannot_approve_alone() throws Exception {
        BudgetLine line = fixture.budgetLine(year, "1000.00");
        UserDetails reviewer = FundFixture.secretariat(fixture.newId());
        long claim = claimInReview(reviewer);
        mvc.perform(multipart("/support/claims/" + claim + "/lines").with(user(rep())).with(csrf())).andExpect(status().isOk());
        // 46 € of car travel plus a 60 € ticket: 106 €, above the 100 € threshold
        mvc.perform(post("/admin/support/claims/" + claim + "/changes").with(user(reviewer)).with(csrf()).param("text", "ticket"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/support/claims/" + claim + "/lines").file(new MockMultipartFile("receipt", "t.pdf", "application/pdf", PDF))
                .param("kind", "TICKET").param("quantity", "1").param("unitAmount", "60").with(user(rep())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(rep())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/review").with(user(reviewer)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/approve").with(user(reviewer)).with(csrf())
                        .param("budgetLineId", String.valueOf(line.getId())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("duhet të miratojë një person tjetër")));
        mvc.perform(post("/admin/support/claims/" + claim + "/approve").with(user(FundFixture.secretariat(fixture.newId()))).with(csrf())
                .param("budgetLineId", String.valueOf(line.getId()))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT approved_amount FROM support_claim WHERE id = ?", BigDecimal.class, claim))
                .isEqualByComparingTo("106.00");
    }

    interface Task {
        Object run(int i) throws Exception;
    }

    /** Runs n tasks released at the same moment; returns each one's result or exception. */
    static List<Object> race(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Object> c = () -> {
                    start.await();
                    try {
                        return task.run(index);
                    } catch (Exception e) {
                        return e;
                    }
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

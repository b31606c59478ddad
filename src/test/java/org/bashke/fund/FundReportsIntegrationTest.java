package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.payment.Payouts;
import org.bashke.fund.report.FundReport;
import org.bashke.fund.report.FundReports;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.RulesVersions;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The fund's reports on the real database: a year with one claim approved (committed) and one paid and adjusted
 * (spent); every breakdown adds up, the page has a chart with its table, the CSV, XLSX and the claims export agree,
 * and the annual summary PDF reads in Albanian, Serbian and English.
 */
@IntegrationTest
class FundReportsIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final Directory directory;
    final Accounts accounts;
    final Payouts payouts;
    final BankDetails bank;
    final DistanceTable distances;
    final FundReports reports;
    final FundFixture fixture;

    @Autowired
    FundReportsIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Directory directory, Accounts accounts, Council council, RulesVersions rules,
                               Eligibilities eligibilities, BudgetLines budgetLines, Payouts payouts, BankDetails bank,
                               DistanceTable distances, FundReports reports) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.payouts = payouts;
        this.bank = bank;
        this.distances = distances;
        this.reports = reports;
        this.fixture = new FundFixture(jdbc, council, rules, eligibilities, budgetLines);
    }

    long dragash;
    int year;
    AccountSummary claimant;
    BudgetLine line;
    UserDetails secretariat;
    long committedClaim;
    long paidClaim;

    @BeforeEach
    void setUp() throws Exception {
        dragash = directory.findOrganisations("Rinia Aktive Dragash", OrganisationType.CSO, 1).get(0).id();
        claimant = accounts.accountByEmail("oshc@bashke.demo").orElseThrow();
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
        // March: approved, not paid (committed 46.00); May: paid 46.00, then 4.00 recovered (spent 42.00)
        committedClaim = approvedClaim(LocalDate.of(year, 3, 10));
        paidClaim = approvedClaim(LocalDate.of(year, 5, 12));
        MvcResult batched = mvc.perform(post("/admin/support/batches").with(user(secretariat)).with(csrf())
                .param("claimId", String.valueOf(paidClaim))).andExpect(status().is3xxRedirection()).andReturn();
        long batch = Long.parseLong(batched.getResponse().getRedirectedUrl().substring("/admin/support/batches/".length()));
        SecurityContextHolder.getContext().setAuthentication(FundFixture.authentication(secretariat));
        try {
            payouts.markPaid(batch, LocalDate.now().minusDays(1), "BANK-R-" + batch);
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(post("/admin/support/claims/" + paidClaim + "/adjustments").with(user(secretariat)).with(csrf())
                .param("amount", "-4.00").param("reason", "Ticket refunded")).andExpect(status().is3xxRedirection());
    }

    long approvedClaim(LocalDate date) throws Exception {
        long person = fixture.newId();
        long meeting = fixture.heldMeeting(date, "PRI");
        fixture.attended(meeting, person, dragash);
        UserDetails rep = FundFixture.representative(claimant.id(), claimant.email(), dragash);
        MvcResult r = mvc.perform(post("/support/claims").with(user(rep)).with(csrf()).param("organisationId", String.valueOf(dragash))
                .param("meetingId", String.valueOf(meeting)).param("accountId", String.valueOf(person)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long claim = Long.parseLong(r.getResponse().getRedirectedUrl().substring("/support/claims/".length()));
        mvc.perform(post("/support/claims/" + claim + "/submit").with(user(rep)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/review").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/support/claims/" + claim + "/approve").with(user(secretariat)).with(csrf())
                .param("budgetLineId", String.valueOf(line.getId()))).andExpect(status().is3xxRedirection());
        return claim;
    }

    String organisationName(Locale locale) {
        return directory.organisation(dragash).orElseThrow().name().display(locale);
    }

    String regionName(Locale locale) {
        String code = directory.organisation(dragash).orElseThrow().regionCode();
        return directory.regions().stream().filter(r -> r.code().equals(code)).map(RegionSummary::name).findFirst().orElseThrow()
                .display(locale);
    }

    @Test
    void every_breakdown_adds_up_to_what_was_committed_and_spent_in_the_year() {
        Locale en = Locale.ENGLISH;
        FundReport report = reports.report(year, en);
        assertThat(report.totals().committed()).isEqualByComparingTo("46.00");
        assertThat(report.totals().spent()).isEqualByComparingTo("42.00");
        assertThat(report.totals().claims()).isEqualTo(2);
        for (String dimension : List.of("body", "region", "line", "month")) {
            FundReport.Section s = report.section(dimension);
            assertThat(s.rows().stream().map(FundReport.Row::spent).reduce(BigDecimal.ZERO, BigDecimal::add)).as(dimension)
                    .isEqualByComparingTo("42.00");
            assertThat(s.rows().stream().map(FundReport.Row::committed).reduce(BigDecimal.ZERO, BigDecimal::add)).as(dimension)
                    .isEqualByComparingTo("46.00");
        }
        FundReport.Row march = report.section("month").rows().get(2);
        assertThat(march.label()).isEqualTo("March");
        assertThat(march.committed()).isEqualByComparingTo("46.00");
        assertThat(report.section("month").rows().get(4).spent()).isEqualByComparingTo("42.00");
        FundReport.Row budgetLine = report.section("line").rows().stream().filter(r -> r.key().equals(String.valueOf(line.getId())))
                .findFirst().orElseThrow();
        assertThat(budgetLine.remaining()).isEqualByComparingTo("912.00");
        FundReport.Row region = report.section("region").rows().stream().filter(r -> r.label().equals(regionName(en))).findFirst().orElseThrow();
        assertThat(region.total()).isEqualByComparingTo("88.00");
        assertThat(region.spentWidth() + region.committedWidth()).isEqualTo(FundReport.BAR_WIDTH);
        FundReport.Row yearRow = report.section("year").rows().stream().filter(r -> r.key().equals(String.valueOf(year))).findFirst().orElseThrow();
        assertThat(yearRow.total()).isEqualByComparingTo("88.00");
        assertThat(report.supported()).singleElement().satisfies(o -> {
            assertThat(o.organisation()).isEqualTo(organisationName(en));
            assertThat(o.paid()).isEqualByComparingTo("42.00");
        });
    }

    @Test
    void the_public_page_shows_each_chart_with_a_title_and_the_same_figures_in_a_table() throws Exception {
        String page = mvc.perform(get("/support/reports").param("year", String.valueOf(year)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "role=\"img\"", "<title id=\"chart-region-title\">Spent and committed by Region</title>",
                "aria-labelledby=\"chart-month-title chart-month-desc\"", "By month of the meeting", regionName(Locale.ENGLISH),
                organisationName(Locale.ENGLISH), "42.00 €", "46.00 €", "912.00 €").doesNotContain(claimant.email());
    }

    @Test
    void csv_and_xlsx_carry_the_breakdowns_in_the_readers_language() throws Exception {
        String csv = mvc.perform(get("/support/reports.csv").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Ndarja,Zëri,Buxheti (EUR),Të angazhuara (EUR),Të shpenzuara (EUR),Gjithsej (EUR),Kërkesa")
                .contains("Linja buxhetore," + line.getName() + ",1000.00,46.00,42.00,88.00,2")
                .contains("Muaji,Mars,,46.00,0.00,46.00,1").contains("Muaji,Maj,,0.00,42.00,42.00,1");
        byte[] xlsx = mvc.perform(get("/support/reports.xlsx").param("year", String.valueOf(year)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            Sheet months = book.getSheet("Month");
            Row may = months.getRow(5);
            assertThat(may.getCell(1).getStringCellValue()).isEqualTo("May");
            assertThat(may.getCell(4).getNumericCellValue()).isEqualTo(42.0);
        }
    }

    @Test
    void the_secretariat_exports_the_years_claims_with_filters() throws Exception {
        String all = mvc.perform(get("/admin/support/reports/claims.csv").with(user(secretariat)).param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).startsWith("Referenca,Statusi,Data e takimit").contains("BSH-" + year + "-" + committedClaim + ",Miratuar")
                .contains("BSH-" + year + "-" + paidClaim + ",Paguar");
        String paid = mvc.perform(get("/admin/support/reports/claims.csv").with(user(secretariat)).param("year", String.valueOf(year))
                        .param("status", "PAID").param("budgetLineId", String.valueOf(line.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(paid).contains("BSH-" + year + "-" + paidClaim).contains(",46.00,-4.00").doesNotContain("BSH-" + year + "-" + committedClaim);
        String code = directory.organisation(dragash).orElseThrow().regionCode();
        String otherRegion = directory.regions().stream().map(RegionSummary::code).filter(c -> !c.equals(code)).findFirst().orElseThrow();
        assertThat(mvc.perform(get("/admin/support/reports/claims.csv").with(user(secretariat)).param("year", String.valueOf(year))
                .param("region", otherRegion)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("BSH-" + year);
        byte[] xlsx = mvc.perform(get("/admin/support/reports/claims.xlsx").with(user(secretariat)).param("year", String.valueOf(year))
                .param("region", code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
        // a filter that is not one of the choices: back to the form, told why, nothing exported
        mvc.perform(get("/admin/support/reports/claims.csv").with(user(secretariat)).param("year", String.valueOf(year)).param("status", "LOST"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", containsString("/admin/support/reports?year=" + year)));
        mvc.perform(get("/admin/support/reports").with(user(secretariat)).param("year", String.valueOf(year)).param("status", "LOST"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("nuk është ndër zgjedhjet e ofruara")));
    }

    @Test
    void the_annual_summary_pdf_reads_in_albanian_serbian_and_english() throws Exception {
        assertThat(pdfText("sq")).contains("Fondi i pjesëmarrjes: përmbledhja vjetore " + year, "Sipas rajonit të organizatës",
                organisationName(Locale.forLanguageTag("sq")), "42,00 €");
        assertThat(pdfText("sr")).contains("Fond za učešće: godišnji pregled " + year, "Po regionu organizacije", organisationName(Locale.forLanguageTag("sr")),
                regionName(Locale.forLanguageTag("sr")));
        assertThat(pdfText("en")).contains("Participation fund: annual summary " + year, "By region of the organisation",
                organisationName(Locale.ENGLISH), "42.00 €", "March");
    }

    String pdfText(String language) throws Exception {
        MvcResult r = mvc.perform(get("/support/reports/annual.pdf").param("year", String.valueOf(year)).param("language", language))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

package org.bashke.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.reporting.usage.PageCounts;
import org.bashke.shared.reporting.ResultPeriod;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The results dashboard shows figures computed from live data: a news item published or a Council meeting
 * held raises its figure by one; portal use is counted per day and kind only; the CSV export has its columns.
 * (The records are written straight to the tables of the modules that own them, standing in for their use cases.)
 */
@IntegrationTest
class ResultsDashboardIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCounts pageCounts;

    @Autowired
    MessageSource messages;

    static final Locale SR = Locale.forLanguageTag("sr-Cyrl");

    final int year = LocalDate.now(ResultPeriod.KOSOVO).getYear();

    @Test
    void the_export_has_its_columns_and_a_row_per_figure_of_every_result() throws Exception {
        MvcResult result = mvc.perform(get("/results.csv").param("year", "" + year)).andExpect(status().isOk()).andReturn();
        List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,result,key,label,value,out_of,percent,unit,url,measure");
        assertThat(lines).anyMatch(l -> l.startsWith(year + ",R1,council.meetingsHeld,"))
                .anyMatch(l -> l.startsWith(year + ",R2,support.claimsPaid,"))
                .anyMatch(l -> l.startsWith(year + ",R3,network.positionsAdopted,"))
                .anyMatch(l -> l.startsWith(year + ",R4,portal.news,"));
        String etag = result.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/results.csv").param("year", "" + year).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void the_report_is_also_a_pdf() throws Exception {
        MvcResult result = mvc.perform(get("/results.pdf").param("year", "" + year).header("Accept-Language", "sr"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_figures_are_also_a_spreadsheet_with_the_export_columns() throws Exception {
        byte[] body = mvc.perform(get("/results.xlsx").param("year", "" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
            org.apache.poi.ss.usermodel.Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("year");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("url");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(10);
        }
    }

    @Test
    void the_report_is_also_a_word_document_in_the_readers_language_with_the_figures() throws Exception {
        long held = figure("council.meetingsHeld");
        MvcResult result = mvc.perform(get("/results.docx").param("year", "" + year).param("lang", "sr-Cyrl"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("results-" + year + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            String title = doc.getParagraphs().get(0).getText();
            assertThat(title).isEqualTo(messages.getMessage("reporting.results.title", new Object[] {"" + year}, SR));
            List<XWPFTableRow> rows = doc.getTables().stream().flatMap(t -> t.getRows().stream()).toList();
            String label = messages.getMessage("reporting.figure.council.meetingsHeld", null, SR);
            XWPFTableRow meetings = rows.stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow();
            assertThat(meetings.getCell(1).getText()).isEqualTo(String.valueOf(held));
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains(messages.getMessage("reporting.result.R4", null, SR));
        }
    }

    @Test
    void the_whole_project_period_shows_a_column_per_year_and_its_totals_add_up_only_where_they_should() throws Exception {
        String page = mvc.perform(get("/results").param("year", "all").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"all\" selected").contains("id=\"years-R1\"").contains("id=\"years-network.members\"")
                .contains(">" + year + "</th>").contains("/results.docx?year=all");

        String csv = mvc.perform(get("/results.csv").param("year", "all")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String[]> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get()
                .parse(new java.io.StringReader(csv)).getRecords().stream().map(r -> r.values()).toList();
        String whole = rows.get(rows.size() - 1)[0];
        assertThat(whole).matches("\\d{4}-" + year);
        Map<String, String[]> totals = rows.stream().filter(r -> r[0].equals(whole)).collect(Collectors.toMap(r -> r[2], r -> r));
        assertThat(totals).containsKeys("council.meetingsHeld", "network.members", "support.organisationsSupported", "portal.news");
        totals.forEach((key, total) -> {
            List<String[]> years = rows.stream().filter(r -> r[2].equals(key) && r[0].matches("\\d{4}")).toList();
            BigDecimal sum = years.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal value = new BigDecimal(total[4]);
            switch (total[9]) {
                case "SUM" -> assertThat(value).as(key + " adds up over the years").isEqualByComparingTo(sum);
                case "END_OF_PERIOD" -> assertThat(value).as(key + " is the state at the end of the period")
                        .isEqualByComparingTo(new BigDecimal(years.get(years.size() - 1)[4]));
                case "DISTINCT" -> assertThat(value).as(key + " counts each once").isLessThanOrEqualTo(sum);
                default -> throw new AssertionError("measure of " + key + ": " + total[9]);
            }
        });
        assertThat(totals.get("network.members")[9]).isEqualTo("END_OF_PERIOD");
        assertThat(totals.get("council.csoSeatsFilled")[9]).isEqualTo("END_OF_PERIOD");
        assertThat(totals.get("portal.newsletterReach")[9]).isEqualTo("END_OF_PERIOD");
        assertThat(totals.get("support.organisationsSupported")[9]).isEqualTo("DISTINCT");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(mvc.perform(get("/results.docx").param("year", "all")
                .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains(messages.getMessage("reporting.results.byYear", null, Locale.ENGLISH));
            assertThat(doc.getTables()).anyMatch(t -> t.getRow(0).getCell(t.getRow(0).getTableCells().size() - 2).getText()
                    .equals(messages.getMessage("reporting.results.wholePeriodShort", null, Locale.ENGLISH)));
        }
        mvc.perform(get("/results.pdf").param("year", "all")).andExpect(status().isOk());
        mvc.perform(get("/results.xlsx").param("year", "all")).andExpect(status().isOk());
    }

    @Test
    void publishing_a_news_item_and_holding_a_council_meeting_each_raise_their_figure_by_one() throws Exception {
        long news = figure("portal.news");
        long held = figure("council.meetingsHeld");
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("""
                INSERT INTO portal_article (kind, title_sq, title_sq_status, title_sr_status, title_en_status,
                  summary_sq_status, summary_sr_status, summary_en_status, body_sq_status, body_sr_status, body_en_status,
                  status, published_at, created_at, updated_at, updated_by)
                VALUES ('NEWS', 'Lajm për raportim', 'AUTHORITATIVE', 'MISSING', 'MISSING', 'MISSING', 'MISSING', 'MISSING',
                  'MISSING', 'MISSING', 'MISSING', 'PUBLISHED', ?, ?, ?, 'reporting-test')""", now, now, now);
        Long council = jdbc.queryForObject("SELECT MIN(id) FROM council_body WHERE kind = 'COUNCIL'", Long.class);
        jdbc.update("""
                INSERT INTO council_meeting (body_id, title_sq, title_sq_status, title_sr_status, title_en_status,
                  starts_at, ends_at, status, created_at, updated_at, updated_by)
                VALUES (?, 'Mbledhje për raportim', 'AUTHORITATIVE', 'MISSING', 'MISSING', ?, ?, 'HELD', ?, ?, 'reporting-test')""",
                council, now.minusHours(2), now.minusHours(1), now, now);
        assertThat(figure("portal.news")).isEqualTo(news + 1);
        assertThat(figure("council.meetingsHeld")).isEqualTo(held + 1);

        String page = mvc.perform(get("/results").param("year", "" + year).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"figure-portal.news\"").contains("role=\"img\"").contains("<table");
    }

    @Test
    void a_page_view_is_counted_by_day_and_kind_and_nothing_about_the_reader_is_kept() throws Exception {
        pageCounts.flush();
        long before = stored("news");
        long searchesBefore = stored("search");
        mvc.perform(get("/news").with(r -> {
            r.setRemoteAddr("203.0.113.77");
            return r;
        }).header("User-Agent", "ReportingProbe/1.0").cookie(new Cookie("probe", "reader-42"))).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", "raportim")).andExpect(status().isOk());
        mvc.perform(get("/admin/portal")).andReturn();
        pageCounts.flush();
        assertThat(stored("news")).isEqualTo(before + 1);
        assertThat(stored("search")).isEqualTo(searchesBefore + 1);

        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'reporting_page_count' ORDER BY column_name""",
                String.class);
        assertThat(columns).containsExactly("count", "day", "kind");
        String everything = jdbc.queryForList("SELECT * FROM reporting_page_count").stream()
                .map(Map::values).flatMap(v -> v.stream()).map(String::valueOf).collect(Collectors.joining(" "));
        assertThat(everything).doesNotContain("203.0.113.77", "ReportingProbe", "reader-42", "raportim");
    }

    @Test
    void the_anonymous_page_may_be_kept_briefly_and_a_bad_year_shows_the_current_one() throws Exception {
        MvcResult result = mvc.perform(get("/results").param("year", "nonsense")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=60").contains("private");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("value=\"" + year + "\" selected");
    }

    private long stored(String kind) {
        Long n = jdbc.queryForObject("SELECT COALESCE(SUM(count), 0) FROM reporting_page_count WHERE kind = ? AND day = ?",
                Long.class, kind, LocalDate.now(ResultPeriod.KOSOVO));
        return n == null ? 0 : n;
    }

    private long figure(String key) throws Exception {
        String csv = mvc.perform(get("/results.csv").param("year", "" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().map(l -> l.split(",")).filter(cells -> cells.length > 4 && cells[2].equals(key))
                .map(cells -> Long.parseLong(cells[4])).findFirst().orElseThrow(() -> new AssertionError(key + " missing in " + Arrays.asList(csv)));
    }
}

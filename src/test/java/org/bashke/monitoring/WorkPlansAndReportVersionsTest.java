package org.bashke.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.bashke.monitoring.report.Scorecards;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Yearly work plans with their history, annual report versions from draft to published, the scorecard queries, open data. */
@IntegrationTest
class WorkPlansAndReportVersionsTest {

    static final String HEADER = ActionPlanImportAndReportTest.HEADER;
    static final String OFFICE = ActionPlanImportAndReportTest.OFFICE;

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final Scorecards scorecards;

    @Autowired
    WorkPlansAndReportVersionsTest(MockMvc mvc, JdbcTemplate jdbc, Scorecards scorecards) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.scorecards = scorecards;
    }

    String word;
    long strategy;

    static RequestPostProcessor secretariat() {
        return user("sekretariati@bashke.demo").roles("SECRETARIAT");
    }

    @BeforeEach
    void setUp() throws Exception {
        word = "W" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        mvc.perform(post("/monitoring/admin/strategies").with(secretariat()).with(csrf())
                        .param("code", word).param("titleSq", "Strategjia " + word).param("startsYear", "2024").param("endsYear", "2028"))
                .andExpect(status().is3xxRedirection());
        strategy = jdbc.queryForObject("SELECT id FROM monitoring_strategy WHERE code = ?", Long.class, word);
        String csv = HEADER
                + "O1,Objektivi 1,M1.1,Masa 1,A1,Aktiviteti i parë " + word + ",Prva aktivnost " + word + ",First activity " + word + ",\"" + OFFICE + "\",,2024-01-31,1000,Buxheti\n"
                + "O1,Objektivi 1,M1.1,Masa 1,A2,Aktiviteti i dytë " + word + ",Druga aktivnost " + word + ",Second activity " + word + ",\"" + OFFICE + "\",,2027-12-31,2000,Buxheti\n";
        mvc.perform(multipart("/monitoring/admin/strategies/" + strategy + "/import")
                        .file(new MockMultipartFile("file", "plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().isOk());
    }

    long activity(String code) {
        return jdbc.queryForObject("SELECT id FROM monitoring_obligation WHERE strategy_id = ? AND code = ?", Long.class, strategy, code);
    }

    Integer plannedYear(long obligation) {
        return jdbc.query("SELECT p.year FROM monitoring_work_plan_item i JOIN monitoring_work_plan p ON p.id = i.work_plan_id "
                + "WHERE i.obligation_id = ?", (rs, n) -> rs.getInt(1), obligation).stream().findFirst().orElse(null);
    }

    @Test
    void an_activity_moves_between_yearly_work_plans_with_its_history_kept_and_shown_per_year() throws Exception {
        long a1 = activity("A1");
        String admin = "/monitoring/admin/strategies/" + strategy + "/work-plans";
        mvc.perform(post(admin).with(secretariat()).with(csrf()).param("obligationId", String.valueOf(a1)).param("year", "2025"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "monitoring.admin.flash.saved"));
        assertThat(plannedYear(a1)).isEqualTo(2025);

        // a move without a reason is refused and changes nothing
        mvc.perform(post(admin).with(secretariat()).with(csrf()).param("obligationId", String.valueOf(a1)).param("year", "2026"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("placeError", "monitoring.rule.workPlan.reasonRequired"));
        // a year outside the strategy too
        mvc.perform(post(admin).with(secretariat()).with(csrf()).param("obligationId", String.valueOf(a1)).param("year", "2031")
                        .param("reason", "later"))
                .andExpect(flash().attribute("placeError", "monitoring.rule.workPlan.yearOutside"));
        assertThat(plannedYear(a1)).isEqualTo(2025);

        mvc.perform(post(admin).with(secretariat()).with(csrf()).param("obligationId", String.valueOf(a1)).param("year", "2026")
                        .param("reason", "Buxheti " + word + " u miratua me vonesë"))
                .andExpect(status().is3xxRedirection());
        assertThat(plannedYear(a1)).isEqualTo(2026);
        assertThat(jdbc.queryForList("SELECT from_year, to_year, moved_by FROM monitoring_work_plan_move WHERE obligation_id = ? ORDER BY id", a1))
                .extracting(m -> m.get("from_year"), m -> m.get("to_year"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 2025), org.assertj.core.groups.Tuple.tuple(2025, 2026));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action LIKE 'monitoring.workPlan.%' AND record_id = ?",
                Integer.class, String.valueOf(a1))).isEqualTo(2);

        // public, per year, in Serbian: the year's activities, and what left the year and why
        String y2026 = mvc.perform(get("/monitoring/strategies/" + strategy + "/work-plans/2026").cookie(new Cookie("bashke_lang", "sr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(y2026).contains("Plan rada 2026").contains("Prva aktivnost " + word).contains("Premešteno iz 2025 u 2026")
                .contains("Buxheti " + word + " u miratua me vonesë");
        String y2025 = mvc.perform(get("/monitoring/strategies/" + strategy + "/work-plans/2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(y2025).contains("Asnjë aktivitet nuk është planifikuar për këtë vit").contains("Zhvendosur nga 2025 në 2026");
        mvc.perform(get("/monitoring/strategies/" + strategy + "/work-plans/2040")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/monitoring/obligations/" + a1)).andReturn().getResponse().getContentAsString())
                .contains("Zhvendosur nga 2025 në 2026");

        // taken out with a reason; the open data lists every step
        mvc.perform(post(admin).with(secretariat()).with(csrf()).param("obligationId", String.valueOf(a1)).param("year", "")
                .param("reason", "Bashkuar me A2"));
        assertThat(plannedYear(a1)).isNull();
        assertThat(mvc.perform(get("/monitoring/open-data/work-plans.json")).andReturn().getResponse().getContentAsString())
                .contains("Bashkuar me A2");
        // only the secretariat keeps work plans
        mvc.perform(post(admin).with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER")).with(csrf())
                .param("obligationId", String.valueOf(a1)).param("year", "2025")).andExpect(status().isForbidden());
    }

    long reportId(int version) {
        return jdbc.queryForObject("SELECT id FROM monitoring_report WHERE strategy_id = ? AND year = 2025 AND version = ?",
                Long.class, strategy, version);
    }

    String state(long report, String language, String format) {
        return jdbc.query("SELECT state FROM monitoring_report_file WHERE report_id = ? AND language = ? AND format = ?",
                (rs, n) -> rs.getString(1), report, language, format).stream().findFirst().orElse("NONE");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void the_annual_report_is_drafted_approved_by_the_council_published_immutably_and_corrected_by_a_new_version() throws Exception {
        mvc.perform(post("/monitoring/admin/reports").with(secretariat()).with(csrf()).param("strategyId", String.valueOf(strategy))
                        .param("year", "2025").param("introSq", "Hyrja e sekretariatit " + word).param("introEn", "The secretariat introduction " + word))
                .andExpect(status().is3xxRedirection());
        long v1 = reportId(1);
        String page = "/monitoring/admin/reports/" + v1;

        // not before the Council approves it
        mvc.perform(post(page + "/publish").with(secretariat()).with(csrf()).param("confirm", "yes"))
                .andExpect(flash().attribute("reportError", "monitoring.rule.report.notApproved"));

        // a draft's file is made in the background: the request returns at once, the page shows the state
        mvc.perform(post(page + "/files").with(secretariat()).with(csrf()).param("language", "en").param("format", "pdf"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> state(v1, "en", "pdf").equals("DONE"));
        assertThat(mvc.perform(get(page).with(secretariat())).andReturn().getResponse().getContentAsString()).contains("Gati");
        assertThat(pdfText(mvc.perform(get(page + "/files/en.pdf").with(secretariat())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()))
                .contains("The secretariat introduction " + word).contains("Draft, not yet approved by the Council");
        mvc.perform(get("/monitoring/reports/" + v1 + "/en.pdf")).andExpect(status().isNotFound());

        // the Council's approval: a day in the future is refused, then recorded
        mvc.perform(post(page + "/approval").with(secretariat()).with(csrf())
                .param("approvedOn", LocalDate.now().plusDays(5).toString()).param("reference", "2026/" + word))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT status FROM monitoring_report WHERE id = ?", String.class, v1)).isEqualTo("DRAFT");
        mvc.perform(post(page + "/approval").with(secretariat()).with(csrf())
                .param("approvedOn", LocalDate.now().minusDays(1).toString()).param("reference", "2026/" + word))
                .andExpect(status().is3xxRedirection());
        // the text the Council approved stays as it was
        mvc.perform(post(page + "/introduction").with(secretariat()).with(csrf()).param("introSq", "Tjetër"))
                .andExpect(flash().attribute("reportError", "monitoring.rule.report.notDraft"));
        assertThat(jdbc.queryForObject("SELECT intro_sq FROM monitoring_report WHERE id = ?", String.class, v1))
                .isEqualTo("Hyrja e sekretariatit " + word);

        mvc.perform(post(page + "/publish").with(secretariat()).with(csrf()).param("confirm", "yes"))
                .andExpect(flash().attribute("flash", "monitoring.report.flash.published"));
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM monitoring_report_file WHERE report_id = ? AND state = 'DONE'",
                        Integer.class, v1) == 6);

        // public: the published version in every language, the government report beside the CSO assessment
        assertThat(mvc.perform(get("/monitoring/reports").cookie(new Cookie("bashke_lang", "en"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Strategjia " + word).contains("2026/" + word);
        String sr = pdfText(mvc.perform(get("/monitoring/reports/" + v1 + "/sr.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(sr).contains("Usvojio Savet").contains("2026/" + word).contains("Izveštaj Vlade").contains("Ocena civilnog društva");
        String en = docxText(mvc.perform(get("/monitoring/reports/" + v1 + "/en.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Version 1").contains("Approved by the Council on").contains("The secretariat introduction " + word)
                .contains("Government report").contains("Civil society assessment");

        // immutable: the application refuses, and so does the database
        mvc.perform(post(page + "/files").with(secretariat()).with(csrf()).param("language", "en").param("format", "pdf"))
                .andExpect(flash().attribute("reportError", "monitoring.rule.report.published"));
        assertThatThrownBy(() -> jdbc.update("UPDATE monitoring_report SET approval_reference = 'x' WHERE id = ?", v1))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE monitoring_report_file SET bytes = 1 WHERE report_id = ?", v1))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM monitoring_report_file WHERE report_id = ?", v1))
                .isInstanceOf(DataAccessException.class);

        // a correction is the next version, a draft with the same introduction; only one open version per year
        mvc.perform(post(page + "/correction").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        long v2 = reportId(2);
        assertThat(jdbc.queryForMap("SELECT status, intro_en FROM monitoring_report WHERE id = ?", v2))
                .isEqualTo(Map.of("status", "DRAFT", "intro_en", "The secretariat introduction " + word));
        mvc.perform(post("/monitoring/admin/reports").with(secretariat()).with(csrf()).param("strategyId", String.valueOf(strategy))
                .param("year", "2025")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_report WHERE strategy_id = ?", Integer.class, strategy)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action LIKE 'monitoring.report.%' AND record_id IN (?, ?)",
                Integer.class, String.valueOf(v1), String.valueOf(v2))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_scorecard_counts_in_sql_what_the_obligations_say() {
        long a1 = activity("A1");
        long a2 = activity("A2");
        // A1 is past its deadline and open; A2 is reported and the CSO side disagrees
        long update = jdbc.queryForObject("INSERT INTO monitoring_update (obligation_id, status, percent, narrative_sq, narrative_sq_status, "
                + "narrative_sr_status, narrative_en_status, author_name, created_at) VALUES (?, 'IN_PROGRESS', 40, 'Po punohet', "
                + "'AUTHORITATIVE', 'MISSING', 'MISSING', 'Zyra', now()) RETURNING id", Long.class, a2);
        jdbc.update("UPDATE monitoring_obligation SET status = 'IN_PROGRESS', percent = 40 WHERE id = ?", a2);
        jdbc.update("INSERT INTO monitoring_assessment (update_id, verdict, narrative_sq, narrative_sq_status, narrative_sr_status, "
                + "narrative_en_status, author_name, created_at) VALUES (?, 'DISAGREE', 'Jo', 'AUTHORITATIVE', 'MISSING', 'MISSING', 'OShC', now())",
                update);
        Scorecards.Cards cards = scorecards.cards(strategy, Locale.ENGLISH);
        assertThat(cards.total()).isEqualTo(2);
        assertThat(cards.overall().get(ObligationStatus.NOT_ASSESSED)).isEqualTo(1);
        assertThat(cards.overall().get(ObligationStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(cards.byInstitution()).singleElement().satisfies(c -> {
            assertThat(c.total()).isEqualTo(2);
            assertThat(c.onTimePercent()).isEqualTo(50);
            assertThat(c.disagreePercent()).isEqualTo(100);
            assertThat(c.indicatorPercent()).isNull();
        });
        assertThat(cards.byObjective()).singleElement().satisfies(c -> assertThat(c.label()).startsWith("O1 "));

        // the demo plan: the totals agree with a plain count
        long demo = jdbc.queryForObject("SELECT id FROM monitoring_strategy WHERE code = 'SCCS-2019'", Long.class);
        Scorecards.Cards all = scorecards.cards(demo, Locale.ENGLISH);
        assertThat(all.total()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM monitoring_obligation WHERE strategy_id = ?", Long.class, demo));
        assertThat(all.overall().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total());
    }

    @Test
    void the_open_datasets_are_described_by_an_openapi_document_and_listed_on_the_portal() throws Exception {
        String spec = mvc.perform(get("/monitoring/open-data/openapi.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<?, ?> doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(spec, Map.class);
        for (Object path : ((Map<?, ?>) doc.get("paths")).keySet()) {
            mvc.perform(get(path.toString())).andExpect(status().isOk());
        }
        assertThat(mvc.perform(get("/monitoring/open-data/plan.csv")).andReturn().getResponse().getContentAsString())
                .contains("strategy_code").contains(word);
        String portal = mvc.perform(get("/open-data").cookie(new Cookie("bashke_lang", "en"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("Obligations of the Strategy").contains("/monitoring/open-data/updates.csv")
                .contains("/monitoring/open-data/openapi.json");
    }
}

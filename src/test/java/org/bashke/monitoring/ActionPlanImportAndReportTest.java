package org.bashke.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ActionPlanImportAndReportTest {

    static final String OFFICE = "Zyra për Qeverisje të Mirë";
    static final String HEADER = "objective,objective_title_sq,measure,measure_title_sq,code,title_sq,title_sr,title_en,institution,supporting,deadline,budget_eur,budget_source\n";

    final MockMvc mvc;
    final JdbcTemplate jdbc;

    @Autowired
    ActionPlanImportAndReportTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    String word;

    @BeforeEach
    void setUp() {
        word = "P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static RequestPostProcessor secretariat() {
        return user("sekretariati@bashke.demo").roles("SECRETARIAT");
    }

    long newStrategy() throws Exception {
        mvc.perform(post("/monitoring/admin/strategies").with(secretariat()).with(csrf())
                        .param("code", word).param("titleSq", "Strategjia " + word).param("startsYear", "2024").param("endsYear", "2028"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM monitoring_strategy WHERE code = ?", Long.class, word);
    }

    static String row(int i, String institution, String deadline, String title) {
        return "O" + (i % 4 + 1) + ",Objektivi " + (i % 4 + 1) + ",M" + (i % 4 + 1) + "." + (i % 3 + 1) + ",Masa " + (i % 3 + 1)
                + ",A" + i + ",\"" + title + " " + i + "\",Aktivnost " + i + ",Activity " + i + ",\"" + institution + "\",,"
                + deadline + "," + (1000 + i) + ".50,Buxheti i Kosovës\n";
    }

    @Test
    void a_500_row_action_plan_imports_with_a_report_of_its_bad_rows_and_re_import_updates_by_code() throws Exception {
        long strategy = newStrategy();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 500; i++) {
            if (i == 17) {
                csv.append(row(i, "Ministria e Paqenë " + word, "2026-12-31", "Aktiviteti"));
            } else if (i == 250) {
                csv.append(row(i, OFFICE, "31/31/2026", "Aktiviteti"));
            } else if (i == 499) {
                csv.append(row(i, OFFICE, "2026-12-31", "Aktiviteti").replace(",A499,", ",,"));
            } else {
                csv.append(row(i, OFFICE, "2026-12-31", "Aktiviteti"));
            }
        }
        String page = mvc.perform(multipart("/monitoring/admin/strategies/" + strategy + "/import")
                        .file(new MockMultipartFile("file", "plan.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_obligation WHERE strategy_id = ?", Integer.class, strategy))
                .isEqualTo(497);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_objective WHERE strategy_id = ?", Integer.class, strategy)).isEqualTo(4);
        assertThat(page).contains("497 aktivitete të krijuara").contains("3 rreshta me probleme")
                .contains("Ky institucion nuk është në regjistër").contains("Afati mungon ose nuk është datë")
                .contains("Kodi mungon ose nuk është i vlefshëm");

        // the same plan again, with two activities changed: updated by code, nothing duplicated, the deadline move recorded
        StringBuilder again = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            if (i == 17) {
                continue;
            }
            again.append(i == 5 ? row(i, OFFICE, "2027-03-31", "Aktiviteti")
                    : i == 6 ? row(i, OFFICE, "2026-12-31", "Aktiviteti i ri") : row(i, OFFICE, "2026-12-31", "Aktiviteti"));
        }
        String second = mvc.perform(multipart("/monitoring/admin/strategies/" + strategy + "/import")
                        .file(new MockMultipartFile("file", "plan-2.csv", "text/csv", again.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("0 aktivitete të krijuara").contains("2 aktivitete të përditësuara").contains("17 aktivitete të pandryshuara");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_obligation WHERE strategy_id = ?", Integer.class, strategy))
                .isEqualTo(497);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_deadline_change c JOIN monitoring_obligation o ON o.id = c.obligation_id "
                + "WHERE o.strategy_id = ? AND o.code = 'A5' AND c.from_date = DATE '2026-12-31' AND c.to_date = DATE '2027-03-31'",
                Integer.class, strategy)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title_sq FROM monitoring_obligation WHERE strategy_id = ? AND code = 'A6'", String.class, strategy))
                .isEqualTo("Aktiviteti i ri 6");
    }

    @Test
    void an_xlsx_plan_imports_the_same_way_and_an_unreadable_file_is_refused() throws Exception {
        long strategy = newStrategy();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Plani");
            String[] header = HEADER.strip().split(",");
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= 3; i++) {
                var r = sheet.createRow(i);
                String[] v = {"O1", "Objektivi 1", "M1", "Masa 1", "X" + i, "Aktiviteti X" + i, "", "", OFFICE, "", "15.06.2027", "500", ""};
                for (int c = 0; c < v.length; c++) {
                    r.createCell(c).setCellValue(v[c]);
                }
            }
            wb.write(bytes);
        }
        mvc.perform(multipart("/monitoring/admin/strategies/" + strategy + "/import")
                        .file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", bytes.toByteArray()))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_obligation WHERE strategy_id = ? AND deadline = DATE '2027-06-15'",
                Integer.class, strategy)).isEqualTo(3);
        String page = mvc.perform(multipart("/monitoring/admin/strategies/" + strategy + "/import")
                        .file(new MockMultipartFile("file", "notes.csv", "text/csv", "just,some,words\n1,2,3\n".getBytes()))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rreshti i parë duhet të emërtojë kolonat");
    }

    @Test
    void the_annual_report_pdf_and_docx_carry_the_government_report_beside_the_cso_assessment() throws Exception {
        long strategy = jdbc.queryForObject("SELECT id FROM monitoring_strategy WHERE code = 'SCCS-2019'", Long.class);
        byte[] pdf = mvc.perform(get("/monitoring/strategies/" + strategy + "/report.pdf?year=2023").cookie(new Cookie("bashke_lang", "sr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Izveštaj Vlade").contains("Ocena civilnog društva")
                    .contains("Izveštaj za 2022. je u izradi").contains("Ne slažemo se").contains("Mnoge konsultacije");
        }
        byte[] docx = mvc.perform(get("/monitoring/strategies/" + strategy + "/report.docx?year=2023").cookie(new Cookie("bashke_lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Government report").contains("Civil society assessment")
                    .contains("The 2022 report is being drafted").contains("Disagree").contains("Many consultations lasted fewer than 15 working days")
                    .contains("Drafts meeting every minimum standard");
        }
        mvc.perform(get("/monitoring/scorecards?strategy=" + strategy)).andExpect(status().isOk());
        mvc.perform(get("/monitoring/obligations.csv")).andExpect(status().isOk());
        mvc.perform(get("/monitoring/obligations.json")).andExpect(status().isOk());
        mvc.perform(get("/monitoring/updates.atom")).andExpect(status().isOk());
    }
}

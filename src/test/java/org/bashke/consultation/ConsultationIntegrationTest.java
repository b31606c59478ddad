package org.bashke.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.text.SerbianScript;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ConsultationIntegrationTest {

    static final Cookie SERBIAN_CYRILLIC = new Cookie("bashke_lang", "sr-Cyrl");

    final MockMvc mvc;
    final Directory directory;
    final JdbcTemplate jdbc;
    final Consultations consultations;
    final org.bashke.consultation.report.AnnualReports annualReports;

    @Autowired
    ConsultationIntegrationTest(MockMvc mvc, Directory directory, JdbcTemplate jdbc, Consultations consultations,
                                org.bashke.consultation.report.AnnualReports annualReports) {
        this.annualReports = annualReports;
        this.mvc = mvc;
        this.directory = directory;
        this.jdbc = jdbc;
        this.consultations = consultations;
    }

    long office;
    long otherInstitution;
    String word;

    @BeforeEach
    void setUp() {
        office = directory.findOrganisations("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION, 1).get(0).id();
        otherInstitution = directory.findOrganisations("", OrganisationType.PUBLIC_INSTITUTION, 50).stream()
                .filter(o -> o.id() != office).findFirst().orElseThrow().id();
        word = "K" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** The demo officer of the Office for Good Governance: their account carries the office as scope. */
    RequestPostProcessor officer() {
        return user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER");
    }

    /** An officer with no institution of theirs: acts for none. */
    RequestPostProcessor officerOfAnotherInstitution() {
        return user("zyrtar-tjeter-" + word + "@bashke.test").roles("GOVERNMENT_OFFICER");
    }

    /** A demo member with a real account (commenting needs one). */
    RequestPostProcessor member(String email) {
        return user(email).roles("MEMBER");
    }

    static List<MimeMessage> mailAbout(String email, String word) {
        return TestMailServer.awaitMailTo(email).stream().filter(m -> {
            try {
                return m.getSubject().contains(word) || m.getSubject().contains(SerbianScript.toCyrillic(word));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    long createAndOpen(String closesOn, String justification) throws Exception {
        return createAndOpen(closesOn, justification, office, officer());
    }

    long createAndOpen(String closesOn, String justification, long institution, RequestPostProcessor officer) throws Exception {
        String location = mvc.perform(post("/consultations/manage/new").with(officer).with(csrf())
                        .param("institutionId", String.valueOf(institution))
                        .param("titleSq", "Projektligji " + word).param("titleSr", "Nacrt zakona " + word)
                        .param("summarySq", "Përmbledhje").param("draftType", "DRAFT_LAW")
                        .param("contactName", "Arta").param("contactEmail", "arta@zqm.example")
                        .param("opensOn", LocalDate.now().toString()).param("closesOn", closesOn)
                        .param("periodJustification", justification))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/consultations/manage/" + id + "/versions").with(officer).with(csrf())
                        .param("label", "v1").param("text", "Neni 1\nQëllimi.\nNeni 2\nFusha.\nNeni 3\nAfati."))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.versionAdded"));
        mvc.perform(post("/consultations/manage/" + id + "/open").with(officer).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.opened"));
        return id;
    }

    long article(long consultationId, int position) {
        return jdbc.queryForObject("""
                SELECT a.id FROM consultation_article a JOIN consultation_document_version v ON v.id = a.version_id
                WHERE v.consultation_id = ? AND a.position = ?""", Long.class, consultationId, position);
    }

    long commentId(long consultationId, String text) {
        return jdbc.queryForObject("SELECT id FROM consultation_comment WHERE consultation_id = ? AND body LIKE ?", Long.class,
                consultationId, "%" + text + "%");
    }

    @Test
    void a_member_comments_the_officer_answers_all_publishes_the_report_and_the_commenter_is_told() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        String email = "anetar@bashke.demo";
        String comment = "Predlažem da rok bude duži " + word;
        mvc.perform(post("/consultations/" + id + "/comments").with(member(email)).with(csrf()).cookie(SERBIAN_CYRILLIC)
                        .param("articleId", String.valueOf(article(id, 3))).param("body", comment).param("publicComment", "true"))
                .andExpect(status().is3xxRedirection());
        long commentId = commentId(id, word);

        mvc.perform(post("/consultations/manage/" + id + "/report/publish").with(officer()).with(csrf()))
                .andExpect(flash().attribute("problem", "consultation.rule.stage.notAllowed"));
        mvc.perform(post("/consultations/manage/" + id + "/close").with(officer()).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.closed"));
        mvc.perform(post("/consultations/manage/" + id + "/report/publish").with(officer()).with(csrf()))
                .andExpect(flash().attribute("problem", "consultation.rule.report.unanswered"));
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/answer").with(officer()).with(csrf())
                        .param("outcome", "REJECTED").param("reason", ""))
                .andExpect(flash().attribute("problem", "consultation.rule.answer.reasonRequired"));
        String reason = "Rok je propisan uredbom " + word;
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/answer").with(officer()).with(csrf())
                        .param("outcome", "REJECTED").param("reason", reason))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.answered"));
        mvc.perform(post("/consultations/manage/" + id + "/report/publish").with(officer()).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.published"));

        assertThat(consultations.consultation(id).orElseThrow().stage()).isEqualTo(ConsultationStage.REPORT_PUBLISHED);
        List<MimeMessage> mail = org.awaitility.Awaitility.await().until(() -> mailAbout(email, word), m -> !m.isEmpty());
        assertThat(mail.get(0).getSubject()).contains(SerbianScript.toCyrillic("završni izveštaj"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'consultation.report.published' AND record_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);

        byte[] pdf = mvc.perform(get("/consultations/" + id + "/report.pdf").cookie(SERBIAN_CYRILLIC))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(SerbianScript.toCyrillic("Predlažem da rok bude duži"))
                    .contains(SerbianScript.toCyrillic("Rok je propisan uredbom"))
                    .contains(SerbianScript.toCyrillic("Odbijen"));
        }
        mvc.perform(get("/consultations/" + id + "/report")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reason)));

        mvc.perform(post("/consultations/manage/" + id + "/adopted").with(officer()).with(csrf())
                        .param("text", "Neni 1\nQëllimi.\nNeni 2\nFusha.\nNeni 3\nAfati i ri."))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.adoptedAdded"));
        mvc.perform(post("/consultations/manage/" + id + "/adopted").with(officer()).with(csrf()).param("text", "Neni 1\nX."))
                .andExpect(flash().attribute("problem", "consultation.rule.adopted.exists"));
        mvc.perform(get("/consultations/" + id + "/changes")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<ins>Afati i ri.</ins>")));
    }

    @Test
    void an_officer_of_another_institution_cannot_answer_or_manage() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        mvc.perform(post("/consultations/" + id + "/comments").with(member("keshilli@bashke.demo")).with(csrf())
                .param("body", "Koment " + word)).andExpect(status().is3xxRedirection());
        long commentId = commentId(id, word);
        // a member speaks only for an organisation whose link with them is verified
        mvc.perform(post("/consultations/" + id + "/comments").with(member("keshilli@bashke.demo")).with(csrf())
                        .param("body", "Në emër të ZQM " + word).param("organisationId", String.valueOf(office)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lidhja e së cilës me ju është verifikuar")));
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/answer").with(officerOfAnotherInstitution()).with(csrf())
                .param("outcome", "ACCEPTED")).andExpect(status().isForbidden());
        mvc.perform(get("/consultations/manage/" + id).with(officerOfAnotherInstitution())).andExpect(status().isForbidden());
        mvc.perform(post("/consultations/manage/" + id + "/close").with(officerOfAnotherInstitution()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT outcome FROM consultation_comment WHERE id = ?", String.class, commentId)).isNull();
        // the secretariat acts for every institution
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/answer")
                        .with(SecurityMockMvcRequestPostProcessors.user("sekretariati-" + word + "@bashke.test").roles("SECRETARIAT")).with(csrf())
                        .param("outcome", "ACCEPTED"))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.answered"));
    }

    @Test
    void an_opened_consultation_is_found_by_the_one_search_in_any_script() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(40).toString(), "");
        // the portal indexes after commit, from the event publication registry
        String found = "";
        for (int i = 0; i < 50 && !found.contains("/consultations/" + id + "\""); i++) {
            Thread.sleep(100);
            found = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString();
        }
        assertThat(found).contains("/consultations/" + id + "\"");
        String cyrillic = mvc.perform(get("/search").param("q", org.bashke.shared.text.SerbianScript.toCyrillic("nacrt zakona " + word)))
                .andReturn().getResponse().getContentAsString();
        assertThat(cyrillic).contains("/consultations/" + id + "\"");
    }

    static String otherWord(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }

    /** The search page for {@code q}, once {@code done} holds of it (the portal indexes after commit), or the last one seen. */
    String searchUntil(String q, java.util.function.Predicate<String> done) throws Exception {
        String found = "";
        for (int i = 0; i < 100; i++) {
            found = mvc.perform(get("/search").param("q", q)).andReturn().getResponse().getContentAsString();
            if (done.test(found)) {
                break;
            }
            Thread.sleep(100);
        }
        return found;
    }

    @Test
    void public_comments_and_their_answers_are_found_by_the_one_search_and_hidden_or_private_ones_are_not() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(40).toString(), "");
        long article = article(id, 2);
        // words of their own, sharing nothing with each other or the title, so that no near match blurs the search
        String shown = otherWord("P");
        String hidden = otherWord("H");
        String secret = otherWord("S");
        String answered = otherWord("A");
        String email = "anetar@bashke.demo";
        mvc.perform(post("/consultations/" + id + "/comments").with(member(email)).with(csrf())
                        .param("articleId", String.valueOf(article)).param("body", "Fusha duhet të jetë më e qartë " + shown))
                .andExpect(status().is3xxRedirection());
        long shownId = commentId(id, shown);
        mvc.perform(post("/consultations/" + id + "/comments").with(member(email)).with(csrf())
                        .param("body", "Vetëm për institucionin " + secret).param("publicComment", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/" + id + "/comments").with(member(email)).with(csrf())
                .param("body", "Fyerje " + hidden)).andExpect(status().is3xxRedirection());
        long hiddenId = commentId(id, hidden);

        // found by a word of its own, linked to the page of its article's comments that holds it, at the comment
        String found = searchUntil(shown, page -> page.contains("comment-" + shownId + "\""));
        assertThat(found).contains("/consultations/" + id + "/comments?article=" + article + "&amp;comment=" + shownId
                + "#comment-" + shownId + "\"");
        assertThat(found).contains("Koment në konsultim").doesNotContain(email);
        mvc.perform(get("/consultations/" + id + "/comments").param("article", String.valueOf(article))
                        .param("comment", String.valueOf(shownId)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"comment-" + shownId + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(shown)));
        // a comment on the whole draft links to the draft's comments
        assertThat(searchUntil(hidden, page -> page.contains("comment-" + hiddenId + "\"")))
                .contains("/consultations/" + id + "/comments?comment=" + hiddenId + "#comment-" + hiddenId + "\"");
        // a private comment never enters the index (its event would have been published with the others)
        assertThat(mvc.perform(get("/search").param("q", secret)).andReturn().getResponse().getContentAsString())
                .doesNotContain(secret + "<").doesNotContain("institucionin");

        // hidden: out of the index
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + hiddenId + "/hide").with(officer()).with(csrf())
                .param("reason", "ABUSE")).andExpect(flash().attribute("flash", "consultation.manage.flash.hidden"));
        assertThat(searchUntil(hidden, page -> !page.contains("comment-" + hiddenId + "\"")))
                .doesNotContain("comment-" + hiddenId + "\"");

        // answered: found by a word of the answer too
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + shownId + "/answer").with(officer()).with(csrf())
                        .param("outcome", "PARTLY_ACCEPTED").param("reason", "Fusha do të saktësohet " + answered))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.answered"));
        assertThat(searchUntil(answered, page -> page.contains("comment-" + shownId + "\"")))
                .contains("comment-" + shownId + "\"");
        assertThat(searchUntil(shown, page -> page.contains("comment-" + shownId + "\""))).contains("comment-" + shownId + "\"");
    }

    @Test
    void a_municipal_consultation_and_its_comments_are_found_under_the_hub_of_the_municipality_s_region() throws Exception {
        Map<String, String> hubOfRegion = new java.util.HashMap<>();
        directory.regions().forEach(r -> { if (r.servingHubCode() != null) hubOfRegion.put(r.code(), r.servingHubCode()); });
        var municipality = directory.activeOrganisations(OrganisationType.MUNICIPALITY).stream()
                .filter(o -> o.regionCode() != null && hubOfRegion.containsKey(o.regionCode())).findFirst().orElseThrow();
        String hub = hubOfRegion.get(municipality.regionCode());
        String other = hubOfRegion.values().stream().filter(h -> !h.equals(hub)).findFirst().orElseThrow();
        long id = createAndOpen(LocalDate.now().plusDays(40).toString(), "", municipality.id(),
                SecurityMockMvcRequestPostProcessors.user("sekretariati-" + word + "@bashke.test").roles("SECRETARIAT"));
        String said = otherWord("M");
        mvc.perform(post("/consultations/" + id + "/comments").with(member("anetar@bashke.demo")).with(csrf())
                .param("body", "Komuna duhet të dëgjojë fshatrat " + said)).andExpect(status().is3xxRedirection());
        long commentId = commentId(id, said);
        assertThat(searchUntil(said, page -> page.contains("comment-" + commentId + "\""))).contains("comment-" + commentId + "\"");
        String underHub = mvc.perform(get("/search").param("q", said).param("hub", hub)).andReturn().getResponse().getContentAsString();
        assertThat(underHub).contains("comment-" + commentId + "\"");
        assertThat(mvc.perform(get("/search").param("q", word).param("hub", hub)).andReturn().getResponse().getContentAsString())
                .contains("/consultations/" + id + "\"");
        assertThat(mvc.perform(get("/search").param("q", said).param("hub", other)).andReturn().getResponse().getContentAsString())
                .doesNotContain("comment-" + commentId + "\"");
    }

    @Test
    void a_shorter_period_is_refused_without_justification_and_marked_non_compliant_with_one() throws Exception {
        String shortClose = LocalDate.now().plusDays(5).toString();
        mvc.perform(post("/consultations/manage/new").with(officer()).with(csrf())
                        .param("institutionId", String.valueOf(office)).param("titleSq", "I shkurtër " + word)
                        .param("summarySq", "P").param("draftType", "STRATEGY").param("contactName", "Arta")
                        .param("contactEmail", "arta@zqm.example").param("opensOn", LocalDate.now().toString()).param("closesOn", shortClose))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Afati është më i shkurtër")));
        long id = createAndOpen(shortClose, "Afat i Kuvendit " + word);
        assertThat(consultations.consultation(id).orElseThrow().nonCompliant()).isTrue();
        mvc.perform(get("/consultations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nuk përmbush afatin minimal")));
        assertThat(consultations.compliance(office, LocalDate.now().getYear()).held()
                - consultations.compliance(office, LocalDate.now().getYear()).meetingMinimumPeriod()).isPositive();
    }

    @Test
    void a_comment_carries_an_attachment_readable_while_the_comment_is_and_a_refused_file_saves_nothing() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        byte[] pdf = ("%PDF-1.4\nshtojca " + word).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/consultations/" + id + "/comments")
                        .file(new MockMultipartFile("attachment", "shtojca.pdf", "application/pdf", pdf))
                        .with(member("keshilli@bashke.demo")).with(csrf())
                        .param("body", "Me shtojcë " + word).param("publicComment", "true"))
                .andExpect(status().is3xxRedirection());
        long commentId = commentId(id, word);
        String url = "/consultations/" + id + "/comments/" + commentId + "/attachment";
        mvc.perform(get("/consultations/" + id)).andExpect(content().string(org.hamcrest.Matchers.containsString(url)));
        mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().bytes(pdf))
                .andExpect(content().contentType("application/pdf"));

        mvc.perform(multipart("/consultations/" + id + "/comments")
                        .file(new MockMultipartFile("attachment", "virus.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}))
                        .with(member("keshilli@bashke.demo")).with(csrf())
                        .param("body", "Refuzuar " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nuk pranohet")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_comment WHERE consultation_id = ?", Integer.class, id)).isEqualTo(1);

        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/hide").with(officer()).with(csrf())
                .param("reason", "PERSONAL_DATA"));
        mvc.perform(get(url)).andExpect(status().isNotFound());
        mvc.perform(get("/consultations/999999/comments/" + commentId + "/attachment")).andExpect(status().isNotFound());
    }

    @Test
    void the_page_shows_the_newest_comments_of_each_article_and_the_rest_are_paged() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        long article = article(id, 2);
        for (int i = 1; i <= 57; i++) {
            jdbc.update("""
                    INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email,
                      author_language, body, public_comment, created_at) VALUES (?, ?, 1, 'Qytetar', 'q@example.org', 'sq', ?, true, now())""",
                    id, article, "Komenti-" + i + "-" + word + ".");
        }
        mvc.perform(get("/consultations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Komenti-57-" + word + ".")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Komenti-52-" + word + "."))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/consultations/" + id + "/comments?article=" + article)));
        mvc.perform(get("/consultations/" + id + "/comments").param("article", String.valueOf(article)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Komenti-1-" + word + ".")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Komenti-50-" + word + ".")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Komenti-51-" + word + "."))));
        mvc.perform(get("/consultations/" + id + "/comments").param("article", String.valueOf(article)).param("page", "2"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Komenti-57-" + word + ".")));
        mvc.perform(get("/consultations/" + id + "/comments").param("article", "999999")).andExpect(status().isNotFound());
    }

    @Test
    void the_annual_report_counts_the_year_and_its_pdf_says_so_in_serbian() throws Exception {
        int year = LocalDate.now().getYear();
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        mvc.perform(post("/consultations/" + id + "/comments").with(member("keshilli@bashke.demo")).with(csrf())
                .param("body", "Godišnji " + word)).andExpect(status().is3xxRedirection());
        org.bashke.consultation.report.AnnualReport report = annualReports.report(year, java.util.Locale.ENGLISH);
        org.bashke.consultation.report.AnnualReport.Row ours = report.institutions().stream()
                .filter(r -> r.institutionId() == office).findFirst().orElseThrow();
        assertThat(ours.figures().held()).isPositive();
        assertThat(ours.figures().comments()).isPositive();
        assertThat(ours.municipality()).isFalse();
        assertThat(report.all().held()).isEqualTo(report.central().held() + report.municipal().held());
        assertThat(report.all().comments()).isEqualTo(report.all().accepted() + report.all().partlyAccepted()
                + report.all().rejected() + report.all().unanswered());

        mvc.perform(get("/consultations/annual-report").param("year", String.valueOf(year)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Zyra për Qeverisje të Mirë")));
        byte[] pdf = mvc.perform(get("/consultations/annual-report.pdf").param("year", String.valueOf(year)).cookie(SERBIAN_CYRILLIC))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(SerbianScript.toCyrillic("Godišnji izveštaj o javnim konsultacijama"));
            assertThat(text).contains(SerbianScript.toCyrillic("Održane konsultacije"));
        }
    }

    @Test
    void the_annual_report_counts_comments_in_the_database_as_they_are_row_by_row() throws Exception {
        int year = LocalDate.now().getYear();
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        for (int i = 0; i < 7; i++) {
            jdbc.update("""
                    INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email,
                      author_language, body, public_comment, created_at, outcome, organisation_id, hidden_reason, hidden_at)
                    VALUES (?, NULL, ?, 'Qytetar', 'q@example.org', 'sq', ?, true, now(), ?, ?, ?, ?)""",
                    id, 1 + i % 3, "Vjetor-" + i + "-" + word, i % 2 == 0 ? "ACCEPTED" : i == 3 ? "REJECTED" : null,
                    i < 4 ? office : null, i == 6 ? "OFF_TOPIC" : null,
                    i == 6 ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
        }
        org.bashke.consultation.report.AnnualReport report = annualReports.report(year, java.util.Locale.ENGLISH);

        // the oracle: every comment of the year's consultations read one by one, hidden ones left out
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT k.institution_id, c.author_account_id, c.organisation_id, c.outcome
                  FROM consultation_comment c JOIN consultation_consultation k ON k.id = c.consultation_id
                 WHERE c.hidden_reason IS NULL AND k.opens_on BETWEEN ? AND ?""",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Set<Long> municipal = new java.util.HashSet<>();
        for (var row : report.institutions()) {
            assertComments(row.figures(), rows.stream().filter(r -> ((Number) r.get("institution_id")).longValue() == row.institutionId()).toList());
            if (row.municipality()) {
                municipal.add(row.institutionId());
            }
        }
        assertComments(report.all(), rows);
        assertComments(report.municipal(), rows.stream().filter(r -> municipal.contains(((Number) r.get("institution_id")).longValue())).toList());
        assertComments(report.central(), rows.stream().filter(r -> !municipal.contains(((Number) r.get("institution_id")).longValue())).toList());
        assertThat(report.institutions().stream().filter(r -> r.institutionId() == office).findFirst().orElseThrow()
                .figures().comments()).isGreaterThanOrEqualTo(6);
    }

    private static void assertComments(org.bashke.consultation.report.AnnualReport.Figures figures, List<Map<String, Object>> rows) {
        assertThat(figures.comments()).isEqualTo(rows.size());
        assertThat(figures.contributors()).isEqualTo(rows.stream().map(r -> r.get("author_account_id")).distinct().count());
        assertThat(figures.organisations()).isEqualTo(rows.stream().map(r -> r.get("organisation_id"))
                .filter(java.util.Objects::nonNull).distinct().count());
        assertThat(figures.accepted()).isEqualTo(rows.stream().filter(r -> "ACCEPTED".equals(r.get("outcome"))).count());
        assertThat(figures.partlyAccepted()).isEqualTo(rows.stream().filter(r -> "PARTLY_ACCEPTED".equals(r.get("outcome"))).count());
        assertThat(figures.rejected()).isEqualTo(rows.stream().filter(r -> "REJECTED".equals(r.get("outcome"))).count());
        assertThat(figures.unanswered()).isEqualTo(rows.stream().filter(r -> r.get("outcome") == null).count());
    }

    @Test
    void a_report_of_many_comments_lists_the_newest_on_each_article_and_links_to_all() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        long article = article(id, 2);
        int many = org.bashke.consultation.report.ConsultationViews.REPORT_COMMENTS_PER_TARGET + 3;
        jdbc.update("""
                INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email,
                  author_language, body, public_comment, created_at, outcome)
                SELECT ?, ?, 1, 'Qytetar', 'q@example.org', 'sq', 'Raporti-' || n || '-' || ? || '.', true, now(), 'ACCEPTED'
                  FROM generate_series(1, ?) n ORDER BY n""", id, article, word, many);
        jdbc.update("""
                INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email,
                  author_language, body, public_comment, created_at, outcome)
                VALUES (?, NULL, 2, 'Qytetare', 'q2@example.org', 'sq', ?, true, now(), 'ACCEPTED')""", id, "Përgjithshëm-" + word);
        mvc.perform(post("/consultations/manage/" + id + "/close").with(officer()).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.closed"));
        mvc.perform(post("/consultations/manage/" + id + "/report/publish").with(officer()).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.manage.flash.published"));

        String page = mvc.perform(get("/consultations/" + id + "/report").cookie(new Cookie("bashke_lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Raporti-" + many + "-" + word + ".").contains("Raporti-4-" + word + ".")
                .doesNotContain("Raporti-3-" + word + ".").contains("Përgjithshëm-" + word)
                .contains("The report lists the newest 500 of these " + many + " comments")
                .contains("/consultations/" + id + "/comments?article=" + article);
        byte[] pdf = mvc.perform(get("/consultations/" + id + "/report.pdf").cookie(new Cookie("bashke_lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Raporti-" + many + "-" + word + ".").doesNotContain("Raporti-3-" + word + ".")
                    .contains("The report lists the newest 500 of these " + many + " comments");
        }
    }

    @Test
    void the_institution_s_page_shows_every_comment_awaiting_an_answer_however_old_and_the_newest_answered() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        long article = article(id, 1);
        String insert = """
                INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email,
                  author_language, body, public_comment, created_at, outcome)
                VALUES (?, ?, 1, 'Qytetar', 'q@example.org', 'sq', ?, false, now(), ?)""";
        jdbc.update(insert, id, article, "Pritet-" + word + ".", null);
        int answered = org.bashke.consultation.report.ConsultationViews.MANAGE_ANSWERED_PER_TARGET + 5;
        for (int i = 1; i <= answered; i++) {
            jdbc.update(insert, id, article, "Përgjigjur-" + i + "-" + word + ".", "ACCEPTED");
        }
        String page = mvc.perform(get("/consultations/manage/" + id).with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pritet-" + word + ".").contains("Përgjigjur-" + answered + "-" + word + ".")
                .contains("Përgjigjur-6-" + word + ".").doesNotContain("Përgjigjur-5-" + word + ".");
    }

    @Test
    void a_meeting_of_the_consultation_counts_in_its_report_and_bad_numbers_change_nothing() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        mvc.perform(post("/consultations/manage/" + id + "/meetings").with(officer()).with(csrf())
                        .param("heldOn", LocalDate.now(org.bashke.consultation.draft.ManageConsultations.KOSOVO).toString())
                        .param("place", "Salla e Qeverisë " + word).param("participants", "31").param("organisations", "12"))
                .andExpect(flash().attribute("flash", "consultation.meetings.flash.recorded"));
        mvc.perform(post("/consultations/manage/" + id + "/meetings").with(officer()).with(csrf())
                        .param("heldOn", LocalDate.now(org.bashke.consultation.draft.ManageConsultations.KOSOVO).toString())
                        .param("place", "Gabim " + word).param("participants", "tridhjetë").param("organisations", "2"))
                .andExpect(flash().attribute("problem", "consultation.meeting.rule.counts"));
        mvc.perform(post("/consultations/manage/" + id + "/meetings").with(officerOfAnotherInstitution()).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("place", "Tjetër " + word).param("participants", "3"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_meeting WHERE consultation_id = ?", Integer.class, id))
                .isEqualTo(1);
        mvc.perform(get("/consultations/manage/" + id).with(officer()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Salla e Qeverisë " + word)));
        assertThat(annualReports.report(LocalDate.now().getYear(), java.util.Locale.ENGLISH).all().meetingParticipants())
                .isGreaterThanOrEqualTo(31);
    }

    @Test
    void the_institution_publishes_its_memo_as_a_file_anyone_can_open_and_a_refused_file_publishes_nothing() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        byte[] memo = ("%PDF-1.4\nmemorandumi " + word).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/consultations/manage/" + id + "/documents")
                        .file(new MockMultipartFile("file", "memo.pdf", "application/pdf", memo))
                        .param("kind", "MEMO").param("title", "Memorandumi shpjegues " + word).with(officer()).with(csrf()))
                .andExpect(flash().attribute("flash", "consultation.document.flash.published"));
        mvc.perform(multipart("/consultations/manage/" + id + "/documents")
                        .file(new MockMultipartFile("file", "memo.pdf", "application/pdf", new byte[] {'M', 'Z', 0}))
                        .param("kind", "MEMO").with(officer()).with(csrf()))
                .andExpect(flash().attribute("problem", "files.rejected.type"));
        mvc.perform(multipart("/consultations/manage/" + id + "/documents")
                        .file(new MockMultipartFile("file", "memo.pdf", "application/pdf", memo))
                        .param("kind", "MEMO").with(officerOfAnotherInstitution()).with(csrf()))
                .andExpect(status().isForbidden());
        Long documentId = jdbc.queryForObject("SELECT max(id) FROM consultation_document_file WHERE consultation_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_document_file WHERE consultation_id = ?", Integer.class, id))
                .isEqualTo(1);
        mvc.perform(get("/consultations/" + id))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Memorandumi shpjegues " + word)));
        mvc.perform(get("/consultations/" + id + "/documents/" + documentId)).andExpect(status().isOk()).andExpect(content().bytes(memo));
        mvc.perform(get("/consultations/1/documents/" + documentId)).andExpect(status().isNotFound());
    }

    @Test
    void no_comment_after_closing_and_a_hidden_comment_keeps_its_placeholder() throws Exception {
        long id = createAndOpen(LocalDate.now().plusDays(35).toString(), "");
        mvc.perform(post("/consultations/" + id + "/comments").with(member("keshilli@bashke.demo")).with(csrf())
                .param("body", "Fyerje " + word)).andExpect(status().is3xxRedirection());
        long commentId = commentId(id, word);
        mvc.perform(post("/consultations/manage/" + id + "/comments/" + commentId + "/hide").with(officer()).with(csrf())
                .param("reason", "ABUSE")).andExpect(flash().attribute("flash", "consultation.manage.flash.hidden"));
        mvc.perform(get("/consultations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gjuhë fyese")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Fyerje " + word))));
        assertThat(org.awaitility.Awaitility.await().until(() -> mailAbout("keshilli@bashke.demo", word), m -> !m.isEmpty())).isNotEmpty();
        mvc.perform(post("/consultations/manage/" + id + "/close").with(officer()).with(csrf()));
        mvc.perform(post("/consultations/" + id + "/comments").with(member("keshilli@bashke.demo")).with(csrf())
                        .param("body", "Vonë " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nuk pranon më komente")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_comment WHERE consultation_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void the_public_pages_and_the_demo_consultations_show() throws Exception {
        mvc.perform(get("/consultations")).andExpect(status().isOk());
        mvc.perform(get("/consultations?stage=WRITTEN&type=BY_LAW&institution=" + office)).andExpect(status().isOk());
        mvc.perform(get("/consultations/plans?institution=" + office)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Miratuar pa konsultim")));
        assertThat(consultations.openConsultations()).isNotEmpty();
        // the demo's adopted text: the options article changed, with the accepted comment linked to it
        mvc.perform(get("/consultations/2/changes")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("I ndryshuar")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<ins>")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*href=\"/consultations/2#comment-\\d+\".*")));
        mvc.perform(get("/consultations/manage/plans?institution=" + office).with(officer())).andExpect(status().isOk());
        int year = LocalDate.now().getYear();
        ComplianceCounts office = consultations.compliance(this.office, year);
        assertThat(office.planned()).isGreaterThanOrEqualTo(4);
        mvc.perform(get("/consultations/compliance?year=" + year)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Zyra për Qeverisje të Mirë")));
        String csv = mvc.perform(get("/consultations/compliance.csv?year=" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Institucioni,").contains("Zyra për Qeverisje të Mirë," + office.planned() + "," + office.held() + ",");
    }
}

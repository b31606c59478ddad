package org.bashke.network.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bashke.files.FileStore;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A call from publication to certificate on the real database: applicants' personal data reach its selectors
 * only (another secretariat account is refused per record), applicants are told by mail in their language, the
 * certificate is a PDF in the chosen language, and the retention job erases the applications on its day.
 */
@IntegrationTest
class InternshipIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final MockMvc mvc;
    final TestAccounts people;
    final InternshipCalls calls;
    final InternshipApplications applications;
    final InternshipPlacements placements;
    final ApplicationRetention retention;
    final FileStore files;

    @Autowired
    InternshipIntegrationTest(MockMvc mvc, TestAccounts people, InternshipCalls calls, InternshipApplications applications, InternshipPlacements placements, ApplicationRetention retention, FileStore files) {
        this.mvc = mvc;
        this.people = people;
        this.calls = calls;
        this.applications = applications;
        this.placements = placements;
        this.retention = retention;
        this.files = files;
    }

    @Test
    void a_call_runs_from_applications_to_certificate_and_its_applications_are_erased_when_retention_ends() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "sq");
        TestAccounts.Person otherSecretariat = people.holding(Role.SECRETARIAT, null, "sq");
        TestAccounts.Person selector = people.member("sq");
        TestAccounts.Person mentor = people.member("sq");
        TestAccounts.Person intern = people.member("en");
        TestAccounts.Person other = people.member("sr");
        String topic = "Monitorimi i konsultimeve " + UUID.randomUUID().toString().substring(0, 6);

        String location = mvc.perform(post("/admin/network/internships/new").with(user(secretariat.principal())).with(csrf())
                        .param("topicSq", topic).param("topicEn", topic + " (en)").param("durationMonths", "3").param("places", "1")
                        .param("deadline", LocalDate.now().plusDays(10).toString()).param("retentionDays", "30")
                        .param("selectors", selector.email()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long callId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/network/internships")).andExpect(content().string(containsString(topic)));

        for (TestAccounts.Person p : List.of(intern, other)) {
            mvc.perform(multipart("/network/internships/" + callId + "/apply").file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PDF))
                            .file(new MockMultipartFile("letter", "letra.pdf", "application/pdf", PDF))
                            .param("motivation", "Dua të mësoj " + p.name()).with(user(p.principal())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // applying twice is refused with a message, nothing changes
        mvc.perform(multipart("/network/internships/" + callId + "/apply").file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("letter", "letra.pdf", "application/pdf", PDF))
                        .param("motivation", "again").with(user(intern.principal())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Keni aplikuar tashmë")));
        List<InternshipApplication> apps = applications.findByCallIdOrderBySubmittedAtAsc(callId);
        assertThat(apps).hasSize(2);
        InternshipApplication internApp = apps.stream().filter(a -> a.getAccountId() == intern.id()).findFirst().orElseThrow();
        InternshipApplication otherApp = apps.stream().filter(a -> a.getAccountId() == other.id()).findFirst().orElseThrow();

        // personal data: the selector only
        mvc.perform(get("/network/internships/" + callId + "/selection").with(user(selector.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(intern.email())));
        for (TestAccounts.Person refused : List.of(secretariat, otherSecretariat, intern, mentor)) {
            mvc.perform(get("/network/internships/" + callId + "/selection").with(user(refused.principal()))).andExpect(status().isNotFound());
            mvc.perform(get("/network/internships/" + callId + "/selection/" + internApp.getId() + "/cv").with(user(refused.principal())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/network/internships/" + callId + "/selection/" + internApp.getId() + "/cv").with(user(selector.principal())))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/network/internships").with(user(otherSecretariat.principal())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(intern.email()))));

        // scores with reasons; a bad score is refused with a message
        mvc.perform(post("/network/internships/" + callId + "/selection/" + internApp.getId() + "/score").with(user(selector.principal()))
                .with(csrf()).param("score", "140").param("reason", "x")).andExpect(status().isOk())
                .andExpect(content().string(containsString("nga 0 deri në 100")));
        mvc.perform(post("/network/internships/" + callId + "/selection/" + internApp.getId() + "/score").with(user(selector.principal()))
                .with(csrf()).param("score", "88").param("reason", "Përvojë e mirë").param("selected", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/network/internships/" + callId + "/selection/" + otherApp.getId() + "/score").with(user(selector.principal()))
                .with(csrf()).param("score", "60").param("reason", "Më pak përvojë")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/network/internships/" + callId + "/selection/close").with(user(selector.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage selectedMail = TestMailServer.awaitMailTo(intern.email()).get(0);
        assertThat(selectedMail.getSubject()).startsWith("You were selected");
        MimeMessage notSelected = TestMailServer.awaitMailTo(other.email()).get(0);
        assertThat(notSelected.getSubject()).startsWith("Rezultat prijave");

        // placement with a mentor, a check-in, both evaluations, the certificate for the intern only
        String placementUrl = mvc.perform(post("/network/internships/" + callId + "/selection/" + internApp.getId() + "/place")
                        .with(user(selector.principal())).with(csrf()).param("mentorEmail", mentor.email())
                        .param("learningPlan", "Monitorimi i një konsultimi").param("startsOn", LocalDate.now().toString())
                        .param("endsOn", LocalDate.now().plusMonths(3).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(placementUrl).with(user(otherSecretariat.principal()))).andExpect(status().isNotFound());
        mvc.perform(get(placementUrl + "/certificate").with(user(intern.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pasi mentori dhe praktikanti")));
        mvc.perform(post(placementUrl + "/checkins").with(user(mentor.principal())).with(csrf())
                .param("month", LocalDate.now().toString()).param("note", "Muaji i parë shkoi mirë")).andExpect(status().is3xxRedirection());
        mvc.perform(post(placementUrl + "/evaluation").with(user(mentor.principal())).with(csrf()).param("rating", "5")
                .param("text", "Praktikant i shkëlqyer")).andExpect(status().is3xxRedirection());
        mvc.perform(post(placementUrl + "/evaluation").with(user(intern.principal())).with(csrf()).param("rating", "4")
                .param("text", "I learnt a lot")).andExpect(status().is3xxRedirection());
        mvc.perform(get(placementUrl + "/certificate").with(user(mentor.principal()))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get(placementUrl + "/certificate").param("language", "en").with(user(intern.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Certificate of internship").contains(intern.name()).contains(mentor.name())
                    .contains(topic + " (en)");
        }
        byte[] albanian = mvc.perform(get(placementUrl + "/certificate").param("language", "sq").with(user(intern.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(albanian)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Certifikatë praktike");
        }
        mvc.perform(get("/admin/network/internships/reports").with(user(secretariat.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Praktikant i shkëlqyer")));

        // the retention job: not the day before, then everything personal goes and the counts stay
        InternshipCall closed = calls.findById(callId).orElseThrow();
        LocalDate erasureDay = closed.getClosedOn().plusDays(30);
        retention.eraseDue(erasureDay.minusDays(1));
        assertThat(applications.findByCallIdOrderBySubmittedAtAsc(callId)).hasSize(2);
        retention.eraseDue(erasureDay);
        assertThat(applications.findByCallIdOrderBySubmittedAtAsc(callId)).isEmpty();
        assertThat(files.file(internApp.getCvFileId())).isEmpty();
        assertThat(files.file(otherApp.getLetterFileId())).isEmpty();
        InternshipCall after = calls.findById(callId).orElseThrow();
        assertThat(after.getApplicationsCount()).isEqualTo(2);
        assertThat(after.getSelectedCount()).isEqualTo(1);
        assertThat(after.getPurgedAt()).isNotNull();
        assertThat(placements.findByCallIdOrderByIdAsc(callId)).hasSize(1);
        mvc.perform(get("/network/internships/" + callId + "/selection").with(user(selector.principal())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(intern.email()))));
    }

    @Test
    void bad_input_on_a_new_call_gives_messages_and_changes_nothing() throws Exception {
        TestAccounts.Person secretariat = people.person("en", Map.of(Role.SECRETARIAT, Set.of()));
        long before = calls.count();
        mvc.perform(post("/admin/network/internships/new").with(user(secretariat.principal())).with(csrf())
                        .header("Accept-Language", "en").param("durationMonths", "abc").param("deadline", "2020-01-01")
                        .param("selectors", "nobody-" + UUID.randomUUID() + "@example.org").param("places", "2").param("topicEn", "x"))
                .andExpect(status().isOk());
        assertThat(calls.count()).isEqualTo(before);
    }
}

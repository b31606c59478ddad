package org.bashke.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.DecisionAdopted;
import org.bashke.dialogue.CommitmentMade;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.monitoring.reminders.OverdueReminders;
import org.bashke.shared.followup.FollowUps;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.SerbianScript;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MonitoringIntegrationTest {

    static final Cookie SERBIAN_LATIN = new Cookie("bashke_lang", "sr");

    final MockMvc mvc;
    final Directory directory;
    final JdbcTemplate jdbc;
    final Obligations obligations;
    final FollowUps followUps;
    final ApplicationEventPublisher events;
    final TransactionTemplate transaction;
    final OverdueReminders reminders;
    final org.bashke.monitoring.obligation.ObligationsFromEvents fromEvents;

    @Autowired
    MonitoringIntegrationTest(MockMvc mvc, Directory directory, JdbcTemplate jdbc, Obligations obligations, FollowUps followUps,
                              ApplicationEventPublisher events, TransactionTemplate transaction, OverdueReminders reminders,
                              org.bashke.monitoring.obligation.ObligationsFromEvents fromEvents) {
        this.fromEvents = fromEvents;
        this.mvc = mvc;
        this.directory = directory;
        this.jdbc = jdbc;
        this.obligations = obligations;
        this.followUps = followUps;
        this.events = events;
        this.transaction = transaction;
        this.reminders = reminders;
    }

    long office;
    long otherInstitution;
    String word;

    @BeforeEach
    void setUp() {
        office = directory.findOrganisations("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION, 1).get(0).id();
        otherInstitution = directory.activeOrganisations(OrganisationType.PUBLIC_INSTITUTION).stream()
                .filter(o -> o.id() != office).findFirst().orElseThrow().id();
        word = "M" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** The demo officer of the Office for Good Governance: the account carries the office as scope. */
    static RequestPostProcessor officer() {
        return user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER");
    }

    /** The demo CSO co-chair of the Council (a civil-society seat), with their real account. */
    RequestPostProcessor councilMember() {
        return seatHolder("keshilli@bashke.demo");
    }

    RequestPostProcessor seatHolder(String email) {
        long id = jdbc.queryForObject("SELECT id FROM identity_account WHERE lower(email) = ?", Long.class, email);
        return user(org.bashke.identity.Principals.of(id, email, email,
                java.util.Map.of(org.bashke.shared.security.Role.COUNCIL_MEMBER, java.util.Set.of())));
    }

    /** A decision of the Council for an institution, delivered the way the council module delivers it. */
    long decisionFor(long institution, LocalDate deadline) {
        long decisionId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        transaction.executeWithoutResult(s -> events.publishEvent(new DecisionAdopted(decisionId, 1, 1, "2026/" + word,
                LocalizedText.of(Language.SQ, "Vendim " + word, "Odluka " + word, "Decision " + word), institution, null, deadline,
                LocalDate.now(), "/council/decisions/" + decisionId)));
        return org.awaitility.Awaitility.await().until(() -> obligations.bySource("council", "decision", decisionId), o -> o.isPresent())
                .orElseThrow().id();
    }

    @Test
    void a_council_decision_becomes_an_obligation_that_remembers_its_source() {
        long decisionId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        transaction.executeWithoutResult(s -> events.publishEvent(new DecisionAdopted(decisionId, 1, 1, "2026/9",
                LocalizedText.same("Decision " + word), office, null, LocalDate.of(2027, 3, 1), LocalDate.now(),
                "/council/decisions/" + decisionId)));
        ObligationSummary o = org.awaitility.Awaitility.await()
                .until(() -> obligations.bySource("council", "decision", decisionId), x -> x.isPresent()).orElseThrow();
        assertThat(o.sourceModule()).isEqualTo("council");
        assertThat(o.institutionId()).isEqualTo(office);
        assertThat(o.status()).isEqualTo(ObligationStatus.NOT_ASSESSED);
        assertThat(followUps.followUp("council", "decision", decisionId)).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo("NOT_ASSESSED");
            assertThat(f.url()).isEqualTo("/monitoring/obligations/" + o.id());
        });
        assertThat(followUps.followUp("council", "decision", -1)).isEmpty();
    }

    @Test
    void a_dialogue_commitment_becomes_an_obligation_once_even_when_delivered_twice() {
        long commitmentId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        CommitmentMade event = new CommitmentMade(commitmentId, 4, LocalizedText.same("Commitment " + word), office,
                LocalDate.of(2027, 1, 15), LocalDate.now(), "/dialogue/processes/4");
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        org.awaitility.Awaitility.await().until(() -> obligations.bySource("dialogue", "commitment", commitmentId), x -> x.isPresent());
        // a re-delivery (the publication registry retries after a crash) finds the obligation already there
        transaction.executeWithoutResult(s -> fromEvents.on(event));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_obligation WHERE source_type = 'commitment' AND source_id = ?",
                Integer.class, commitmentId)).isEqualTo(1);
    }

    @Test
    void the_officer_files_an_update_with_evidence_and_a_council_member_disagrees_beside_it() throws Exception {
        long id = decisionFor(office, LocalDate.of(2027, 6, 30));
        MockMultipartFile pdf = new MockMultipartFile("files", "evidence-" + word + ".pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        mvc.perform(multipart("/monitoring/obligations/" + id + "/updates/new").file(pdf).with(officer()).with(csrf())
                        .param("status", "IN_PROGRESS").param("percent", "40")
                        .param("narrativeSq", "Punëtoria u mbajt " + word).param("narrativeSr", "Radionica je održana " + word)
                        .param("links", "https://example.org/report-" + word))
                .andExpect(status().is3xxRedirection());
        Long updateId = jdbc.queryForObject("SELECT id FROM monitoring_update WHERE obligation_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_evidence WHERE update_id = ? AND file_id IS NOT NULL",
                Integer.class, updateId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_evidence WHERE update_id = ? AND url IS NOT NULL",
                Integer.class, updateId)).isEqualTo(1);
        assertThat(obligations.obligation(id).orElseThrow().status()).isEqualTo(ObligationStatus.IN_PROGRESS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'monitoring.update.filed' AND record_id = ?",
                Integer.class, String.valueOf(updateId))).isEqualTo(1);

        // a member sitting for the government does not assess the government; nothing is recorded
        mvc.perform(post("/monitoring/updates/" + updateId + "/assessment").with(seatHolder("zyra@bashke.demo")).with(csrf())
                        .param("verdict", "AGREE").param("narrativeSq", "Gjithçka në rregull"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_assessment WHERE update_id = ?", Integer.class, updateId))
                .isZero();
        mvc.perform(post("/monitoring/updates/" + updateId + "/assessment").with(councilMember()).with(csrf())
                        .param("verdict", "DISAGREE").param("narrativeSr", "Radionica je bila zatvorena za OCD " + word))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/monitoring/obligations/" + id).cookie(SERBIAN_LATIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Radionica je održana " + word).contains("Radionica je bila zatvorena za OCD " + word)
                .contains("Ne slažemo se").contains("evidence-" + word + ".pdf");
        // the tracker shows the disagreement at a glance
        mvc.perform(get("/monitoring?institution=" + office + "&source=decision&status=IN_PROGRESS").cookie(SERBIAN_LATIN))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Ne slažemo se")));
        // and the evidence file is served
        Long evidenceId = jdbc.queryForObject("SELECT id FROM monitoring_evidence WHERE update_id = ? AND file_id IS NOT NULL",
                Long.class, updateId);
        mvc.perform(get("/monitoring/evidence/" + evidenceId)).andExpect(status().isOk());
    }

    /** The demo officer acts for the Office for Good Governance only: another institution's obligation is not theirs. */
    @Test
    void an_officer_of_another_institution_cannot_update_the_obligation() throws Exception {
        long id = decisionFor(otherInstitution, LocalDate.of(2027, 6, 30));
        mvc.perform(get("/monitoring/obligations/" + id + "/updates/new").with(officer())).andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/obligations/" + id + "/updates/new").with(officer()).with(csrf())
                        .param("status", "COMPLETED").param("percent", "100").param("narrativeSq", "Jo e imja " + word))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/obligations/" + id + "/deadline").with(officer()).with(csrf())
                        .param("deadline", "2028-01-01").param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_update WHERE obligation_id = ?", Integer.class, id)).isZero();
        assertThat(obligations.obligation(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        // the page offers the officer no update button either; the office's own obligation they may update
        mvc.perform(get("/monitoring/obligations/" + id).with(officer())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/updates/new"))));
        long own = decisionFor(office, LocalDate.of(2027, 6, 30));
        mvc.perform(get("/monitoring/obligations/" + own + "/updates/new").with(officer())).andExpect(status().isOk());
    }

    @Test
    void inconsistent_updates_come_back_with_messages_and_change_nothing() throws Exception {
        long id = decisionFor(office, LocalDate.of(2027, 6, 30));
        mvc.perform(post("/monitoring/obligations/" + id + "/updates/new").with(officer()).with(csrf())
                        .param("status", "COMPLETED").param("percent", "80").param("narrativeSq", "Gati " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("100% i realizuar")));
        mvc.perform(post("/monitoring/obligations/" + id + "/updates/new").with(officer()).with(csrf())
                        .param("status", "CANCELLED").param("percent", "10").param("narrativeSq", "Anuluar " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thoni pse u anulua")));
        mvc.perform(post("/monitoring/obligations/" + id + "/updates/new").with(officer()).with(csrf())
                        .param("status", "IN_PROGRESS").param("percent", "abc").param("narrativeSq", "X " + word))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_update WHERE obligation_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void an_assessed_update_cannot_be_corrected_but_a_new_one_can_be_filed() throws Exception {
        long id = decisionFor(office, LocalDate.of(2027, 6, 30));
        mvc.perform(post("/monitoring/obligations/" + id + "/updates/new").with(officer()).with(csrf())
                .param("status", "IN_PROGRESS").param("percent", "20").param("narrativeSq", "Fillim " + word))
                .andExpect(status().is3xxRedirection());
        Long updateId = jdbc.queryForObject("SELECT id FROM monitoring_update WHERE obligation_id = ?", Long.class, id);
        // before the assessment: correctable
        mvc.perform(post("/monitoring/updates/" + updateId + "/edit").with(officer()).with(csrf())
                .param("status", "IN_PROGRESS").param("percent", "25").param("narrativeSq", "Fillim i korrigjuar " + word))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/monitoring/updates/" + updateId + "/assessment").with(councilMember()).with(csrf())
                .param("verdict", "AGREE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/monitoring/updates/" + updateId + "/edit").with(officer()).with(csrf())
                        .param("status", "IN_PROGRESS").param("percent", "90").param("narrativeSq", "Ndryshim " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nuk mund të ndryshohet më")));
        assertThat(jdbc.queryForObject("SELECT percent FROM monitoring_update WHERE id = ?", Integer.class, updateId)).isEqualTo(25);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'monitoring.update.corrected' AND record_id = ?",
                Integer.class, String.valueOf(updateId))).isEqualTo(1);
    }

    @Test
    void a_moved_deadline_shows_both_dates_and_the_reason() throws Exception {
        long id = decisionFor(office, LocalDate.of(2027, 6, 30));
        mvc.perform(post("/monitoring/obligations/" + id + "/deadline").with(officer()).with(csrf())
                .param("deadline", "2027-09-30").param("reason", "")).andExpect(status().is3xxRedirection());
        assertThat(obligations.obligation(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        mvc.perform(post("/monitoring/obligations/" + id + "/deadline").with(officer()).with(csrf())
                .param("deadline", "2027-09-30").param("reason", "Buxheti u vonua " + word)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/monitoring/obligations/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("30.09.2027")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("30.06.2027")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Buxheti u vonua " + word)));
    }

    @Test
    void officers_are_reminded_before_the_deadline_and_when_it_has_passed() {
        long id = decisionFor(office, LocalDate.now().plusDays(1));
        LocalDate deadline = obligations.obligation(id).orElseThrow().deadline();
        int before = reminders.remind(deadline.minusDays(1));
        assertThat(before).isPositive();
        List<MimeMessage> soon = org.awaitility.Awaitility.await().until(() -> mailTo("zyra@bashke.demo", word), m -> !m.isEmpty());
        assertThat(soon).isNotEmpty();
        // not twice for the same approaching deadline
        assertThat(jdbc.queryForObject("SELECT reminded_before_on FROM monitoring_obligation WHERE id = ?", LocalDate.class, id))
                .isEqualTo(deadline.minusDays(1));
        reminders.remind(deadline.plusDays(10));
        assertThat(jdbc.queryForObject("SELECT reminded_overdue_on FROM monitoring_obligation WHERE id = ?", LocalDate.class, id))
                .isEqualTo(deadline.plusDays(10));
    }

    static List<MimeMessage> mailTo(String email, String word) {
        return Arrays.stream(TestMailServer.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email))
                        && m.getSubject().contains(word);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void the_public_pages_show_in_every_language() throws Exception {
        mvc.perform(get("/monitoring")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gjurmuesi i detyrimeve")));
        mvc.perform(get("/monitoring?overdue=true&page=1")).andExpect(status().isOk());
        mvc.perform(get("/monitoring").cookie(new Cookie("bashke_lang", "sr-Cyrl"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(SerbianScript.toCyrillic("Praćenje obaveza"))));
        mvc.perform(get("/monitoring/obligations/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring?status=NONSENSE")).andExpect(status().is4xxClientError());
    }
}

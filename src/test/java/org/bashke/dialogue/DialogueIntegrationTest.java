package org.bashke.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Dialogue on the real database through the real security chain: scopes, the checklist, initiatives, commitments. */
@IntegrationTest
@RecordApplicationEvents
class DialogueIntegrationTest {

    static final AtomicLong ACCOUNTS = new AtomicLong(880_000 + ThreadLocalRandom.current().nextInt(10_000));

    final MockMvc mvc;
    final Directory directory;
    final JdbcTemplate jdbc;

    @Autowired
    DialogueIntegrationTest(MockMvc mvc, Directory directory, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    long office;
    long prizren;
    long ferizaj;
    long qiq;
    long qdnp;
    long shgpp;
    String word;

    @BeforeEach
    void setUp() {
        office = org("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION);
        prizren = municipality("PRZ").organisationId();
        ferizaj = municipality("FER").organisationId();
        qiq = org("Qendra për Iniciativa Qytetare", OrganisationType.CSO);
        qdnp = org("Qendra për Dialog Ndërkulturor Prizren", OrganisationType.CSO);
        shgpp = org("Shoqata e Gazetarëve të Pavarur Prizren", OrganisationType.CSO);
        word = "D" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    long org(String name, OrganisationType type) {
        return directory.findOrganisations(name, type, 1).get(0).id();
    }

    MunicipalitySummary municipality(String code) {
        return directory.municipalities().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /** The demo coordinator of the Prizren hub: the account carries the hub as scope. */
    RequestPostProcessor prizrenHubCoordinator() {
        return user("qendra.prizren@bashke.demo").roles("HUB_COORDINATOR");
    }

    /** The demo officer of the Office for Good Governance. */
    RequestPostProcessor officeOfficer() {
        return user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER");
    }

    static RequestPostProcessor scoped(Role role, long scope) {
        return ScopedPeople.actingFor(role, scope);
    }

    static RequestPostProcessor secretariat() {
        return user("sekretariat-" + ACCOUNTS.incrementAndGet() + "@bashke.test").roles("SECRETARIAT");
    }

    long createProcess(RequestPostProcessor who, long organisationId, String type) throws Exception {
        MvcResult result = mvc.perform(post("/dialogue/manage/new").with(who).with(csrf())
                        .param("organisationId", String.valueOf(organisationId)).param("type", type).param("status", "ONGOING")
                        .param("titleSq", "Procesi " + word).param("summarySq", "Përmbledhja " + word).param("startedOn", "2026-11-02"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/dialogue/manage/*")).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/dialogue/manage/".length()));
    }

    @Test
    void the_prizren_hub_coordinator_records_a_municipal_forum_that_the_public_list_finds_by_region_and_hub() throws Exception {
        long id = createProcess(prizrenHubCoordinator(), prizren, "MUNICIPAL_FORUM");
        assertThat(jdbc.queryForMap("SELECT level, municipality_code, region_code, hub_code FROM dialogue_process WHERE id = ?", id))
                .containsEntry("level", "MUNICIPAL").containsEntry("municipality_code", "PRZ").containsEntry("hub_code", "PRZ");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'dialogue.process.created' AND record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);

        mvc.perform(get("/dialogue").param("level", "MUNICIPAL").param("region", "PRZ"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Procesi " + word)));
        mvc.perform(get("/dialogue").param("hub", "PRZ"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Procesi " + word)));
        mvc.perform(get("/dialogue").param("level", "CENTRAL"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Procesi " + word))));
        mvc.perform(get("/dialogue/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Përmbledhja " + word)));
    }

    @Test
    void a_hub_coordinator_cannot_record_a_process_for_a_municipality_of_another_region() throws Exception {
        mvc.perform(post("/dialogue/manage/new").with(prizrenHubCoordinator()).with(csrf())
                        .param("organisationId", String.valueOf(ferizaj)).param("type", "MUNICIPAL_FORUM").param("status", "ONGOING")
                        .param("titleSq", "Procesi " + word).param("summarySq", "x").param("startedOn", "2026-11-02"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dialogue_process WHERE title_sq = ?", Long.class, "Procesi " + word)).isZero();
    }

    @Test
    void a_hub_coordinator_cannot_record_a_central_process() throws Exception {
        mvc.perform(post("/dialogue/manage/new").with(prizrenHubCoordinator()).with(csrf())
                        .param("organisationId", String.valueOf(office)).param("type", "ROUND_TABLE").param("status", "ONGOING")
                        .param("titleSq", "Procesi " + word).param("summarySq", "x").param("startedOn", "2026-11-02"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_government_officer_cannot_edit_another_institutions_process() throws Exception {
        long id = createProcess(prizrenHubCoordinator(), prizren, "PUBLIC_HEARING");
        mvc.perform(get("/dialogue/manage/" + id + "/edit").with(officeOfficer())).andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/manage/" + id + "/edit").with(officeOfficer()).with(csrf())
                        .param("type", "ROUND_TABLE").param("status", "CONCLUDED").param("titleSq", "Marrë " + word)
                        .param("summarySq", "x").param("startedOn", "2026-11-02"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/manage/" + id + "/steps").with(officeOfficer()).with(csrf())
                        .param("heldOn", "2026-11-03").param("title", "Takim " + word))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM dialogue_process WHERE id = ?", String.class, id)).isEqualTo("ONGOING");
        // the municipality's own officer and the secretariat may
        mvc.perform(get("/dialogue/manage/" + id + "/edit").with(scoped(Role.GOVERNMENT_OFFICER, prizren))).andExpect(status().isOk());
        mvc.perform(get("/dialogue/manage/" + id + "/edit").with(secretariat())).andExpect(status().isOk());
    }

    @Test
    void a_commitment_made_in_a_process_is_published_for_monitoring_and_a_bad_deadline_is_refused(ApplicationEvents events) throws Exception {
        long id = createProcess(officeOfficer(), office, "ROUND_TABLE");
        mvc.perform(post("/dialogue/manage/" + id + "/commitments/new").with(officeOfficer()).with(csrf())
                        .param("textSq", "Zotim " + word).param("responsibleOrganisationId", String.valueOf(office))
                        .param("madeOn", "2026-11-20").param("deadline", "2026-11-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Afati nuk mund të jetë para datës së zotimit.")));
        assertThat(events.stream(CommitmentMade.class).filter(e -> e.processId() == id)).isEmpty();

        mvc.perform(post("/dialogue/manage/" + id + "/commitments/new").with(officeOfficer()).with(csrf())
                        .param("textSq", "Zotim " + word).param("source", "Procesverbali, pika 2")
                        .param("responsibleOrganisationId", String.valueOf(office))
                        .param("madeOn", "2026-11-20").param("deadline", "2026-12-31"))
                .andExpect(status().is3xxRedirection());
        List<CommitmentMade> made = events.stream(CommitmentMade.class).filter(e -> e.processId() == id).toList();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).text().get(org.bashke.shared.text.Language.SQ)).isEqualTo("Zotim " + word);
        assertThat(made.get(0).responsibleOrganisationId()).isEqualTo(office);
        assertThat(made.get(0).deadline()).hasToString("2026-12-31");
        assertThat(made.get(0).url()).isEqualTo("/dialogue/" + id + "#commitment-" + made.get(0).commitmentId());
        mvc.perform(get("/dialogue/" + id)).andExpect(content().string(org.hamcrest.Matchers.containsString("Zotim " + word)));
        // another institution's officer records none here
        mvc.perform(post("/dialogue/manage/" + id + "/commitments/new").with(scoped(Role.GOVERNMENT_OFFICER, prizren)).with(csrf())
                        .param("textSq", "Tjetër " + word).param("responsibleOrganisationId", String.valueOf(prizren))
                        .param("madeOn", "2026-11-20").param("deadline", "2026-12-31"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_organiser_and_a_taking_part_cso_assess_the_principles_and_the_page_shows_both_scores() throws Exception {
        long id = createProcess(prizrenHubCoordinator(), prizren, "MUNICIPAL_FORUM");
        mvc.perform(post("/dialogue/manage/" + id + "/participants").with(prizrenHubCoordinator()).with(csrf())
                .param("organisationId", String.valueOf(qdnp))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/manage/" + id + "/participants").with(prizrenHubCoordinator()).with(csrf())
                        .param("organisationId", String.valueOf(office)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Zgjidhni një organizatë të shoqërisë civile.")));
        List<Long> principles = jdbc.queryForList("SELECT id FROM dialogue_principle WHERE active ORDER BY position", Long.class);
        mvc.perform(post("/dialogue/manage/" + id + "/checklist").with(prizrenHubCoordinator()).with(csrf())
                        .param("rating[" + principles.get(0) + "]", "YES").param("rating[" + principles.get(1) + "]", "PARTLY")
                        .param("note[" + principles.get(1) + "]", "Ftesa erdhi vonë " + word))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/" + id + "/assess").with(scoped(Role.CSO_REPRESENTATIVE, qdnp)).with(csrf())
                        .param("organisationId", String.valueOf(qdnp)).param("rating[" + principles.get(0) + "]", "NO"))
                .andExpect(status().is3xxRedirection());
        // a CSO not taking part has no view to give
        mvc.perform(post("/dialogue/" + id + "/assess").with(scoped(Role.CSO_REPRESENTATIVE, shgpp)).with(csrf())
                        .param("organisationId", String.valueOf(shgpp)).param("rating[" + principles.get(0) + "]", "YES"))
                .andExpect(status().isOk());
        // nor does a representative speak for a CSO not theirs
        mvc.perform(post("/dialogue/" + id + "/assess").with(scoped(Role.CSO_REPRESENTATIVE, shgpp)).with(csrf())
                        .param("organisationId", String.valueOf(qdnp)).param("rating[" + principles.get(0) + "]", "YES"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("SELECT side || ':' || rating FROM dialogue_assessment WHERE process_id = ? ORDER BY side, rating", String.class, id))
                .containsExactly("CSO:NO", "ORGANISER:PARTLY", "ORGANISER:YES");
        mvc.perform(get("/dialogue/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("75% (parime të vlerësuara: 2)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0% (parime të vlerësuara: 1)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ftesa erdhi vonë " + word)));
    }

    @Test
    void a_cso_proposes_an_initiative_others_support_it_once_each_and_the_municipality_answers_and_commits(ApplicationEvents events) throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "arsyetimi-" + word + ".txt", "text/plain",
                ("Arsyetimi i iniciativës " + word).getBytes(StandardCharsets.UTF_8));
        MvcResult proposed = mvc.perform(multipart("/dialogue/initiatives/new").file(file).with(scoped(Role.CSO_REPRESENTATIVE, qdnp)).with(csrf())
                        .param("organisationId", String.valueOf(qdnp)).param("targetOrganisationId", String.valueOf(prizren))
                        .param("title", "Iniciativa " + word).param("problem", "Problemi " + word).param("ask", "Kërkesa " + word)
                        .param("language", "sq"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(proposed.getResponse().getRedirectedUrl().substring("/dialogue/initiatives/".length()));
        assertThat(jdbc.queryForMap("SELECT level, hub_code, status FROM dialogue_initiative WHERE id = ?", id))
                .containsEntry("level", "MUNICIPAL").containsEntry("hub_code", "PRZ").containsEntry("status", "OPEN");
        Long fileId = jdbc.queryForObject("SELECT file_id FROM dialogue_initiative_file WHERE initiative_id = ?", Long.class, id);
        mvc.perform(get("/dialogue/initiatives/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("arsyetimi-" + word + ".txt")));
        byte[] download = mvc.perform(get("/dialogue/initiatives/" + id + "/files/" + fileId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(download, StandardCharsets.UTF_8)).isEqualTo("Arsyetimi i iniciativës " + word);
        // a file of another record is not served through this initiative
        mvc.perform(get("/dialogue/initiatives/" + id + "/files/" + (fileId + 100_000))).andExpect(status().isNotFound());

        // a CSO representative proposes for their own CSO only
        mvc.perform(multipart("/dialogue/initiatives/new").with(scoped(Role.CSO_REPRESENTATIVE, qdnp)).with(csrf())
                        .param("organisationId", String.valueOf(shgpp)).param("targetOrganisationId", String.valueOf(prizren))
                        .param("title", "Huazuar " + word).param("problem", "p").param("ask", "a").param("language", "sq"))
                .andExpect(status().isForbidden());

        RequestPostProcessor journalists = scoped(Role.CSO_REPRESENTATIVE, shgpp);
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(journalists).with(csrf())
                .param("organisationId", String.valueOf(shgpp))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(scoped(Role.CSO_REPRESENTATIVE, shgpp)).with(csrf())
                        .param("organisationId", String.valueOf(shgpp)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Kjo organizatë tashmë e mbështet iniciativën.")));
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(journalists).with(csrf())
                .param("organisationId", String.valueOf(qiq))).andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(scoped(Role.CSO_REPRESENTATIVE, qdnp)).with(csrf())
                .param("organisationId", String.valueOf(qdnp))).andExpect(status().isOk());
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(prizrenHubCoordinator()).with(csrf())
                .param("as", "hub")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT supporter_kind FROM dialogue_support WHERE initiative_id = ? ORDER BY supporter_kind", String.class, id))
                .containsExactly("CSO", "HUB");

        // another institution does not answer; the municipality answers, with a reason unless it accepts
        mvc.perform(post("/dialogue/manage/initiatives/" + id + "/answer").with(officeOfficer()).with(csrf())
                .param("answer", "ACCEPTED")).andExpect(status().isForbidden());
        RequestPostProcessor municipalOfficer = scoped(Role.GOVERNMENT_OFFICER, prizren);
        mvc.perform(post("/dialogue/manage/initiatives/" + id + "/answer").with(municipalOfficer).with(csrf())
                        .param("answer", "PARTLY_ACCEPTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jepni arsyen kur iniciativa pranohet pjesërisht ose refuzohet.")));
        mvc.perform(post("/dialogue/manage/initiatives/" + id + "/answer").with(municipalOfficer).with(csrf())
                        .param("answer", "PARTLY_ACCEPTED").param("reason", "Vetëm vendimet e Kuvendit " + word))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT answer FROM dialogue_initiative WHERE id = ?", String.class, id)).isEqualTo("PARTLY_ACCEPTED");
        mvc.perform(post("/dialogue/initiatives/" + id + "/support").with(scoped(Role.CSO_REPRESENTATIVE, qiq)).with(csrf())
                        .param("organisationId", String.valueOf(qiq)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Institucioni tashmë iu përgjigj kësaj iniciative.")));

        mvc.perform(post("/dialogue/manage/initiatives/" + id + "/commitments/new").with(municipalOfficer).with(csrf())
                        .param("textSq", "Publikojmë vendimet në turqisht " + word).param("responsibleOrganisationId", String.valueOf(prizren))
                        .param("madeOn", "2026-11-27").param("deadline", "2027-03-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(CommitmentMade.class).filter(e -> Long.valueOf(id).equals(e.initiativeId())))
                .singleElement().satisfies(e -> {
                    assertThat(e.processId()).isZero();
                    assertThat(e.responsibleOrganisationId()).isEqualTo(prizren);
                });
        mvc.perform(get("/dialogue/initiatives/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vetëm vendimet e Kuvendit " + word)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Publikojmë vendimet në turqisht " + word)));
    }

    @Test
    void the_secretariat_keeps_the_list_of_principles_and_a_retired_one_leaves_the_forms() throws Exception {
        mvc.perform(post("/dialogue/manage/principles").with(officeOfficer()).with(csrf()).param("nameSq", "Parim " + word))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/manage/principles").with(secretariat()).with(csrf()).param("nameEn", "Only English " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Shkruani emrin në shqip ose në serbisht.")));
        mvc.perform(post("/dialogue/manage/principles").with(secretariat()).with(csrf())
                .param("nameSq", "Parim " + word).param("nameEn", "Principle " + word)).andExpect(status().is3xxRedirection());
        long principle = jdbc.queryForObject("SELECT id FROM dialogue_principle WHERE name_sq = ?", Long.class, "Parim " + word);
        long process = createProcess(officeOfficer(), office, "WORKING_GROUP");
        mvc.perform(get("/dialogue/manage/" + process + "/checklist").with(officeOfficer()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Parim " + word)));

        mvc.perform(post("/dialogue/manage/principles/" + principle).with(secretariat()).with(csrf())
                .param("nameSq", "Parim " + word)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT active FROM dialogue_principle WHERE id = ?", Boolean.class, principle)).isFalse();
        mvc.perform(get("/dialogue/manage/" + process + "/checklist").with(officeOfficer()))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Parim " + word))));
    }

    @Test
    void the_public_pages_of_the_demo_dialogue_show_in_every_language() throws Exception {
        for (String lang : List.of("sq", "sr", "en")) {
            jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie("bashke_lang", lang);
            mvc.perform(get("/dialogue").cookie(cookie)).andExpect(status().isOk());
            mvc.perform(get("/dialogue/initiatives").cookie(cookie)).andExpect(status().isOk());
        }
        mvc.perform(get("/dialogue").param("level", "MUNICIPAL").param("region", "PRZ"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Forumi komunal për buxhetin participues të Prizrenit")));
        mvc.perform(get("/dialogue").param("institution", String.valueOf(office)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tryezë e rrumbullakët për standardet minimale të konsultimit")));
        // the demo round table: the office rated 4 principles met, 1 partly, 1 not: 75%
        mvc.perform(get("/dialogue"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Partneriteti sipas institucionit")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*Zyra për Qeverisje të Mirë</a></th>\\s*<td>\\d+%</td>.*")));
        mvc.perform(get("/dialogue").param("level", "NOT_A_LEVEL")).andExpect(status().isBadRequest());
        mvc.perform(get("/dialogue/99999999")).andExpect(status().isNotFound());
    }
}

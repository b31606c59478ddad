package org.bashke.dialogue;

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

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.followup.FollowUps;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The municipality page, the commitment trail, documents on processes and corrections of steps, on the
 * real database through the real security chain.
 */
@IntegrationTest
class DialogueMunicipalityIntegrationTest {

    final MockMvc mvc;
    final Directory directory;
    final JdbcTemplate jdbc;
    final FollowUps followUps;

    @Autowired
    DialogueMunicipalityIntegrationTest(MockMvc mvc, Directory directory, JdbcTemplate jdbc, FollowUps followUps) {
        this.mvc = mvc;
        this.directory = directory;
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    MunicipalitySummary prizren;
    long qdnp;
    long shgpp;
    String word;

    @BeforeEach
    void setUp() {
        prizren = directory.municipalities().stream().filter(m -> m.code().equals("PRZ")).findFirst().orElseThrow();
        qdnp = directory.findOrganisations("Qendra për Dialog Ndërkulturor Prizren", OrganisationType.CSO, 1).get(0).id();
        shgpp = directory.findOrganisations("Shoqata e Gazetarëve të Pavarur Prizren", OrganisationType.CSO, 1).get(0).id();
        word = "M" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static RequestPostProcessor prizrenHubCoordinator() {
        return user("qendra.prizren@bashke.demo").roles("HUB_COORDINATOR");
    }

    long createProcess() throws Exception {
        MvcResult result = mvc.perform(post("/dialogue/manage/new").with(prizrenHubCoordinator()).with(csrf())
                        .param("organisationId", String.valueOf(prizren.organisationId())).param("type", "MUNICIPAL_FORUM")
                        .param("status", "ONGOING").param("titleSq", "Forumi " + word).param("summarySq", "Përmbledhja " + word)
                        .param("startedOn", "2026-11-02"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/dialogue/manage/".length()));
    }

    long addStep(long process, String title) throws Exception {
        mvc.perform(post("/dialogue/manage/" + process + "/steps").with(prizrenHubCoordinator()).with(csrf())
                .param("heldOn", "2026-11-10").param("title", title).param("outcome", "Rezultati " + word))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM dialogue_step WHERE process_id = ? AND title = ?", Long.class, process, title);
    }

    @Test
    void documents_of_a_process_public_for_all_restricted_for_organisers_and_taking_part_csos_only() throws Exception {
        long id = createProcess();
        mvc.perform(post("/dialogue/manage/" + id + "/participants").with(prizrenHubCoordinator()).with(csrf())
                .param("organisationId", String.valueOf(qdnp))).andExpect(status().is3xxRedirection());
        MockMultipartFile agenda = new MockMultipartFile("file", "rendi-" + word + ".txt", "text/plain",
                ("Rendi i ditës " + word).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").file(agenda).with(prizrenHubCoordinator()).with(csrf())
                .param("documentTitle", "Rendi i ditës " + word)).andExpect(status().is3xxRedirection());
        MockMultipartFile draft = new MockMultipartFile("file", "draft-" + word + ".txt", "text/plain",
                ("Draft i brendshëm " + word).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").file(draft).with(prizrenHubCoordinator()).with(csrf())
                .param("documentTitle", "Draft i brendshëm " + word).param("restricted", "true")).andExpect(status().is3xxRedirection());
        long open = jdbc.queryForObject("SELECT id FROM dialogue_document WHERE process_id = ? AND NOT restricted", Long.class, id);
        long closed = jdbc.queryForObject("SELECT id FROM dialogue_document WHERE process_id = ? AND restricted", Long.class, id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'dialogue.document.added' AND record_id IN (?, ?)",
                Long.class, String.valueOf(open), String.valueOf(closed))).isEqualTo(2);

        // the public sees the agenda, not the restricted draft (neither listed nor served)
        mvc.perform(get("/dialogue/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rendi i ditës " + word)))
                .andExpect(content().string(not(containsString("Draft i brendshëm " + word))));
        assertThat(mvc.perform(get("/dialogue/" + id + "/documents/" + open)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Rendi i ditës " + word);
        mvc.perform(get("/dialogue/" + id + "/documents/" + closed)).andExpect(status().isNotFound());
        mvc.perform(get("/dialogue/" + id + "/documents/" + closed).with(ScopedPeople.actingFor(Role.CSO_REPRESENTATIVE, shgpp)))
                .andExpect(status().isNotFound());
        // a CSO taking part and the organiser read it
        mvc.perform(get("/dialogue/" + id).with(ScopedPeople.actingFor(Role.CSO_REPRESENTATIVE, qdnp)))
                .andExpect(content().string(containsString("Draft i brendshëm " + word)));
        assertThat(mvc.perform(get("/dialogue/" + id + "/documents/" + closed).with(ScopedPeople.actingFor(Role.CSO_REPRESENTATIVE, qdnp)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("Draft i brendshëm " + word);
        mvc.perform(get("/dialogue/" + id + "/documents/" + closed).with(prizrenHubCoordinator())).andExpect(status().isOk());
        // a document of this process is not served under another
        mvc.perform(get("/dialogue/1/documents/" + open)).andExpect(status().isNotFound());

        // refused: no title, no file, a file of a kind not accepted — each says why and keeps nothing
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").file(agenda).with(prizrenHubCoordinator()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Jepini dokumentit një titull.")));
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").with(prizrenHubCoordinator()).with(csrf())
                        .param("documentTitle", "Pa skedar " + word))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Zgjidhni një skedar.")));
        MockMultipartFile binary = new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] {0x4d, 0x5a, 0, 1, 2, 3, (byte) 0xff});
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").file(binary).with(prizrenHubCoordinator()).with(csrf())
                .param("documentTitle", "Binar " + word)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dialogue_document WHERE process_id = ?", Long.class, id)).isEqualTo(2);
        // someone not running the process adds none
        mvc.perform(multipart("/dialogue/manage/" + id + "/documents").file(agenda).with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER"))
                .with(csrf()).param("documentTitle", "Huaj " + word)).andExpect(status().isForbidden());
    }

    @Test
    void the_organiser_corrects_a_step_and_the_audit_keeps_what_it_said() throws Exception {
        long id = createProcess();
        long step = addStep(id, "Takimi " + word);
        mvc.perform(get("/dialogue/manage/" + id + "/steps/" + step + "/edit").with(prizrenHubCoordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Takimi " + word)));
        mvc.perform(post("/dialogue/manage/" + id + "/steps/" + step + "/edit").with(prizrenHubCoordinator()).with(csrf())
                        .param("heldOn", "2026-11-11").param("title", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Shkruani")));
        mvc.perform(post("/dialogue/manage/" + id + "/steps/" + step + "/edit").with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER"))
                .with(csrf()).param("heldOn", "2026-11-11").param("title", "Marrë " + word)).andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/manage/" + id + "/steps/" + step + "/edit").with(prizrenHubCoordinator()).with(csrf())
                        .param("heldOn", "2026-11-11").param("title", "Takimi i korrigjuar " + word).param("outcome", "Ndryshe " + word))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("SELECT held_on::text AS held_on, title, outcome, edited_at IS NOT NULL AS edited FROM dialogue_step WHERE id = ?", step))
                .containsEntry("held_on", "2026-11-11").containsEntry("title", "Takimi i korrigjuar " + word)
                .containsEntry("outcome", "Ndryshe " + word).containsEntry("edited", true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'dialogue.step.edited' AND record_id = ?",
                Long.class, String.valueOf(step))).isEqualTo(1);
        // a step of another process is not found through this one
        mvc.perform(get("/dialogue/manage/" + createProcess() + "/steps/" + step + "/edit").with(prizrenHubCoordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_commitment_made_at_a_meeting_has_a_trail_from_the_meeting_to_the_reported_evidence_and_the_municipality_page_gathers_it() throws Exception {
        long id = createProcess();
        long step = addStep(id, "Dëgjimi publik " + word);
        long other = addStep(createProcess(), "Tjetër " + word);
        // a meeting of another process is refused
        mvc.perform(post("/dialogue/manage/" + id + "/commitments/new").with(prizrenHubCoordinator()).with(csrf())
                        .param("textSq", "Zotimi " + word).param("responsibleOrganisationId", String.valueOf(prizren.organisationId()))
                        .param("madeOn", "2026-11-10").param("deadline", "2027-01-31").param("stepId", String.valueOf(other)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Zgjidhni një takim të këtij procesi.")));
        mvc.perform(post("/dialogue/manage/" + id + "/commitments/new").with(prizrenHubCoordinator()).with(csrf())
                        .param("textSq", "Zotimi " + word).param("source", "Procesverbali, pika 4 " + word)
                        .param("responsibleOrganisationId", String.valueOf(prizren.organisationId()))
                        .param("madeOn", "2026-11-10").param("deadline", "2027-01-31").param("stepId", String.valueOf(step)))
                .andExpect(status().is3xxRedirection());
        long commitment = jdbc.queryForObject("SELECT id FROM dialogue_commitment WHERE process_id = ? AND step_id = ?", Long.class, id, step);

        mvc.perform(get("/dialogue/commitments/" + commitment)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dëgjimi publik " + word)))
                .andExpect(content().string(containsString("Rezultati " + word)))
                .andExpect(content().string(containsString("Procesverbali, pika 4 " + word)))
                .andExpect(content().string(containsString("Zotimi " + word)));

        // monitoring tracks it; the responsible municipality reports progress with a link as evidence
        FollowUps.FollowUp tracked = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> followUps.followUp("dialogue", "commitment", commitment), java.util.Optional::isPresent).orElseThrow();
        mvc.perform(post(tracked.url() + "/updates/new").with(ScopedPeople.actingFor(Role.GOVERNMENT_OFFICER, prizren.organisationId()))
                        .with(csrf()).param("status", "IN_PROGRESS").param("percent", "50")
                        .param("narrativeSq", "Raporti u hartua " + word).param("links", "https://example.org/raporti-" + word))
                .andExpect(status().is3xxRedirection());
        assertThat(followUps.reports("dialogue", "commitment", commitment)).singleElement().satisfies(r -> {
            assertThat(r.percent()).isEqualTo(50);
            assertThat(r.evidence()).extracting(FollowUps.EvidenceLink::url).containsExactly("https://example.org/raporti-" + word);
            assertThat(r.verdictLabelKey()).isNull();
        });
        mvc.perform(get("/dialogue/commitments/" + commitment)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Raporti u hartua " + word)))
                .andExpect(content().string(containsString("https://example.org/raporti-" + word)))
                .andExpect(content().string(containsString(tracked.url())));
        mvc.perform(get("/dialogue/commitments/99999999")).andExpect(status().isNotFound());
        // the process page shows the follow-up and that civil society has not assessed the report yet
        mvc.perform(get("/dialogue/" + id)).andExpect(content().string(containsString("Vlerësimi i shoqërisë civile")))
                .andExpect(content().string(containsString("Ende pa vlerësim nga shoqëria civile.")));

        // the municipality page gathers the process, the commitment with its trail link, and its consultations
        mvc.perform(get("/dialogue/municipalities/PRZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Forumi " + word)))
                .andExpect(content().string(containsString("Zotimi " + word)))
                .andExpect(content().string(containsString("/dialogue/commitments/" + commitment)))
                .andExpect(content().string(containsString("Konsultimet për aktet komunale")));
        mvc.perform(get("/dialogue/municipalities/FER"))
                .andExpect(content().string(not(containsString("Forumi " + word))));
        mvc.perform(get("/dialogue").param("municipality", "PRZ")).andExpect(content().string(containsString("Forumi " + word)));
        mvc.perform(get("/dialogue").param("municipality", "FER")).andExpect(content().string(not(containsString("Forumi " + word))));
        mvc.perform(get("/dialogue/initiatives").param("municipality", "PRZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Përkthimi i vendimeve të Kuvendit Komunal në gjuhën turke")));
        mvc.perform(get("/dialogue/initiatives").param("municipality", "FER"))
                .andExpect(content().string(not(containsString("Përkthimi i vendimeve të Kuvendit Komunal në gjuhën turke"))));
    }

    @Test
    void the_municipalities_by_region_in_three_languages_and_an_unknown_code_is_not_found() throws Exception {
        mvc.perform(get("/dialogue/municipalities").cookie(new Cookie("bashke_lang", "sq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/dialogue/municipalities/PRZ")))
                .andExpect(content().string(containsString("Prizren")));
        mvc.perform(get("/dialogue/municipalities").cookie(new Cookie("bashke_lang", "sr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dijalog u opštinama")));
        mvc.perform(get("/dialogue/municipalities/PRZ").cookie(new Cookie("bashke_lang", "sr-Cyrl"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Призрен")));
        mvc.perform(get("/dialogue/municipalities/PRZ").cookie(new Cookie("bashke_lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Municipality of Prizren")));
        mvc.perform(get("/dialogue/municipalities/NOPE")).andExpect(status().isNotFound());
    }
}

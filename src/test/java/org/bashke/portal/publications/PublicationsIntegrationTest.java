package org.bashke.portal.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PublicationsIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final MockMvc mvc;
    final Directory directory;
    final Publications publications;
    final JdbcTemplate jdbc;

    @Autowired
    PublicationsIntegrationTest(MockMvc mvc, Directory directory, Publications publications, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.directory = directory;
        this.publications = publications;
        this.jdbc = jdbc;
    }

    /** A person acting with these scoped roles (identity's {@code Principals}). */
    static RequestPostProcessor principal(long accountId, String email, Map<Role, Set<Long>> scopes) {
        return user(org.bashke.identity.Principals.of(accountId, email, email, scopes));
    }

    static RequestPostProcessor secretariat() {
        return principal(910_001L, "pub-sek@example.org", Map.of(Role.SECRETARIAT, Set.of()));
    }

    static RequestPostProcessor coordinatorOf(HubSummary hub) {
        return principal(910_002L, "pub-koord@example.org", Map.of(Role.HUB_COORDINATOR, Set.of(hub.id())));
    }

    static String uniqueWord() {
        StringBuilder s = new StringBuilder("Pz");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    OrganisationSummary anOrganisation() {
        return directory.activeOrganisations(null).get(0);
    }

    long create(RequestPostProcessor who, Long hubId, String title, String type, LocalDate issuedOn) throws Exception {
        MvcResult r = mvc.perform(post("/admin/portal/publications").with(who).with(csrf())
                        .param("type", type).param("issuedOn", issuedOn.toString())
                        .param("hubId", hubId == null ? "" : hubId.toString()).param("original", "SQ")
                        .param("titleSq", title).param("summarySq", "Përmbledhje e " + title)
                        .param("authorIds", String.valueOf(anOrganisation().id())).param("topics", "COUNCIL"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("^/admin/portal/publications/(\\d+)/edit$", "$1"));
    }

    void attach(RequestPostProcessor who, long id, String language) throws Exception {
        mvc.perform(multipart("/admin/portal/publications/" + id + "/files")
                        .file(new MockMultipartFile("file", "raport.pdf", "application/pdf", PDF))
                        .param("language", language).with(who).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    void publish(RequestPostProcessor who, long id) throws Exception {
        mvc.perform(post("/admin/portal/publications/" + id + "/submit").with(who).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/portal/publications/" + id + "/publish").with(who).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_published_publication_is_listed_filtered_found_and_its_file_downloaded() throws Exception {
        String title = "Studim " + uniqueWord();
        long id = create(secretariat(), null, title, "STUDY", LocalDate.of(2024, 5, 2));
        attach(secretariat(), id, "sr");
        assertThat(publications.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
        // not public yet: neither the page nor the file
        mvc.perform(get("/publications/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/publications/" + id + "/files/sr")).andExpect(status().isNotFound());

        publish(secretariat(), id);

        mvc.perform(get("/publications/" + id)).andExpect(status().isOk());
        byte[] file = mvc.perform(get("/publications/" + id + "/files/sr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(file).isEqualTo(PDF);
        mvc.perform(get("/publications/" + id + "/files/en")).andExpect(status().isNotFound());

        long org = anOrganisation().id();
        assertThat(list("/publications?type=STUDY&year=2024&organisation=" + org + "&lang=sr")).contains(title);
        assertThat(list("/publications?type=REPORT")).doesNotContain(title);
        assertThat(list("/publications?year=2023")).doesNotContain(title);
        assertThat(list("/publications?lang=en")).doesNotContain(title);
        assertThat(list("/publications?hub=PRZ")).doesNotContain(title);
        assertThat(list("/search?q=" + title.split(" ")[1] + "&type=publication")).contains(title.split(" ")[1]);
        assertThat(list("/api/publications.json?type=STUDY&size=100")).contains(title);
        assertThat(list("/open-data/publications.csv")).contains(title).contains("/publications/" + id + "/files/sr");
        assertThat(list("/")).contains(title);
    }

    @Test
    void a_hub_coordinator_writes_publications_of_their_hub_only() throws Exception {
        HubSummary prizren = directory.hub("PRZ").orElseThrow();
        HubSummary peja = directory.hub("PEJ").orElseThrow();
        String title = "Udhëzues " + uniqueWord();
        long own = create(coordinatorOf(prizren), prizren.id(), title, "GUIDE", LocalDate.of(2025, 1, 10));
        mvc.perform(get("/admin/portal/publications/" + own + "/edit").with(coordinatorOf(prizren))).andExpect(status().isOk());
        mvc.perform(get("/admin/portal/publications/" + own + "/edit").with(coordinatorOf(peja))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/portal/publications/" + own + "/submit").with(coordinatorOf(peja)).with(csrf()))
                .andExpect(status().isForbidden());
        // nor may they move it out of their hub
        mvc.perform(post("/admin/portal/publications/" + own).with(coordinatorOf(prizren)).with(csrf())
                        .param("type", "GUIDE").param("issuedOn", "2025-01-10").param("hubId", String.valueOf(peja.id()))
                        .param("titleSq", title).param("authorIds", String.valueOf(anOrganisation().id())))
                .andExpect(status().isForbidden());
        assertThat(publications.findById(own).orElseThrow().getHubId()).isEqualTo(prizren.id());
    }

    @Test
    void a_hub_coordinators_edit_of_a_published_publication_takes_it_back_to_review() throws Exception {
        HubSummary prizren = directory.hub("PRZ").orElseThrow();
        String title = "Raport " + uniqueWord();
        long id = create(coordinatorOf(prizren), prizren.id(), title, "REPORT", LocalDate.of(2025, 3, 1));
        publish(coordinatorOf(prizren), id);
        mvc.perform(get("/publications/" + id)).andExpect(status().isOk());

        mvc.perform(post("/admin/portal/publications/" + id).with(coordinatorOf(prizren)).with(csrf())
                        .param("type", "REPORT").param("issuedOn", "2025-03-01").param("hubId", String.valueOf(prizren.id()))
                        .param("titleSq", title + " (ndryshuar)").param("authorIds", String.valueOf(anOrganisation().id())))
                .andExpect(status().is3xxRedirection());

        assertThat(publications.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        mvc.perform(get("/publications/" + id)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_search_document WHERE type = 'publication' AND record_id = ?",
                Integer.class, String.valueOf(id))).isZero();
    }

    @Test
    void the_secretariats_edit_of_a_published_publication_stays_published() throws Exception {
        String title = "Procesverbal " + uniqueWord();
        long id = create(secretariat(), null, title, "MINUTES", LocalDate.of(2025, 6, 1));
        publish(secretariat(), id);
        mvc.perform(post("/admin/portal/publications/" + id).with(secretariat()).with(csrf())
                        .param("type", "MINUTES").param("issuedOn", "2025-06-01").param("hubId", "")
                        .param("titleSq", title + " v2").param("authorIds", String.valueOf(anOrganisation().id())))
                .andExpect(status().is3xxRedirection());
        assertThat(publications.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void a_publication_needs_a_type_a_date_a_title_and_an_author() throws Exception {
        String page = mvc.perform(post("/admin/portal/publications").with(secretariat()).with(csrf()).param("titleSq", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("type-error").contains("issuedOn-error").contains("titleSq-error").contains("authorName-error");
    }

    @Test
    void an_author_is_added_by_its_exact_name_and_an_unknown_name_is_refused() throws Exception {
        OrganisationSummary author = anOrganisation();
        MvcResult r = mvc.perform(post("/admin/portal/publications").with(secretariat()).with(csrf())
                        .param("type", "REPORT").param("issuedOn", "2025-02-02").param("titleSq", "Raport " + uniqueWord())
                        .param("authorName", author.name().get(org.bashke.shared.text.Language.SQ)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+)\\D*", "$1"));
        assertThat(publications.findById(id).orElseThrow().getAuthorIds()).containsExactly(author.id());

        String page = mvc.perform(post("/admin/portal/publications").with(secretariat()).with(csrf())
                        .param("type", "REPORT").param("issuedOn", "2025-02-02").param("titleSq", "Raport " + uniqueWord())
                        .param("authorName", "Nuk ekziston " + uniqueWord()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("authorName-error");
    }

    @Test
    void a_file_of_a_kind_not_accepted_is_refused_next_to_the_field() throws Exception {
        long id = create(secretariat(), null, "Raport " + uniqueWord(), "REPORT", LocalDate.of(2025, 4, 4));
        String page = mvc.perform(multipart("/admin/portal/publications/" + id + "/files")
                        .file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] {0x4d, 0x5a, 0, 1, 2}))
                        .param("language", "sq").with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("file-error");
        assertThat(publications.findById(id).orElseThrow().getFiles()).isEmpty();
    }

    String list(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}

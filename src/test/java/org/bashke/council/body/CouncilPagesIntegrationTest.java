package org.bashke.council.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CouncilPagesIntegrationTest {

    final MockMvc mvc;
    final Membership membership;
    final ManageBodies manage;
    final Accounts accounts;

    @Autowired
    CouncilPagesIntegrationTest(MockMvc mvc, Membership membership, ManageBodies manage, Accounts accounts) {
        this.mvc = mvc;
        this.membership = membership;
        this.manage = manage;
        this.accounts = accounts;
    }

    static final jakarta.servlet.http.Cookie ENGLISH = new jakarta.servlet.http.Cookie("bashke_lang", "en");

    /** The demo people by e-mail: the app finds their accounts (and seats) from the name. */
    static final RequestPostProcessor SECRETARIAT = as("sekretariati@bashke.demo", Role.SECRETARIAT);

    static RequestPostProcessor as(String email, Role role) {
        return user(email).authorities(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(Role.MEMBER.authority()));
    }

    long council() {
        return membership.body("KQ").orElseThrow().id();
    }

    @Test
    void the_public_sees_the_council_members_by_side_with_offices_and_history() throws Exception {
        String page = mvc.perform(get("/council").cookie(ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Council for the Strategy for Cooperation with Civil Society", "Zyrtari i ZQM",
                "Anëtarja e Këshillit", "Deputy chair", "Co-chair", "Former members", "Resignation",
                "1 of 14 seats filled", "2 of 15 seats filled", "Working team 1", "Task Force");
        assertThat(page).doesNotContain("keshilli@bashke.demo");
        mvc.perform(get("/council/bodies/" + council())).andExpect(status().isOk());
        mvc.perform(get("/council/bodies/999999")).andExpect(status().isNotFound());
    }

    @Test
    void the_secretariat_creates_a_term_with_quotas_and_seats_people_by_email_and_organisation_name() throws Exception {
        String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000);
        String location = mvc.perform(post("/admin/council/bodies").with(SECRETARIAT).with(csrf())
                        .param("code", code).param("nameSq", "Bordi " + code).param("kind", "BOARD")
                        .param("quorumRule", "MAJORITY_OF_ALL_SEATS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long bodyId = membership.body(code).orElseThrow().id();
        assertThat(location).isEqualTo("/admin/council/bodies/" + bodyId);

        String termUrl = mvc.perform(post("/admin/council/bodies/" + bodyId + "/terms").with(SECRETARIAT).with(csrf())
                        .param("label", "2026–2029").param("startsOn", "2026-01-01").param("endsOn", "2029-12-31")
                        .param("governmentSeats", "1").param("civilSocietySeats", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long termId = Long.parseLong(termUrl.substring(termUrl.lastIndexOf('/') + 1));

        mvc.perform(post("/admin/council/terms/" + termId + "/seats").with(SECRETARIAT).with(csrf())
                        .param("side", "CIVIL_SOCIETY").param("email", "OSHC@bashke.demo")
                        .param("organisation", "Qendra për Iniciativa Qytetare").param("since", "2026-01-01").param("office", "CHAIR"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "council.admin.flash.seated"));
        // the side is full: the form comes back with the rule's message, nothing is stored
        mvc.perform(post("/admin/council/terms/" + termId + "/seats").with(SECRETARIAT).with(csrf())
                        .param("side", "CIVIL_SOCIETY").param("email", "keshilli@bashke.demo").param("since", "2026-02-01"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("seat", "side", "council.rule.seat.quotaFull"));
        mvc.perform(post("/admin/council/terms/" + termId + "/seats").with(SECRETARIAT).with(csrf())
                        .param("side", "GOVERNMENT").param("email", "nobody-" + code + "@example.org").param("since", "2026-02-01"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("seat", "email", "council.rule.person.unknown"));
        mvc.perform(post("/admin/council/terms/" + termId + "/seats").with(SECRETARIAT).with(csrf())
                        .param("side", "GOVERNMENT").param("email", "zyra@bashke.demo").param("organisation", "no such organisation " + code)
                        .param("since", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("seat", "organisation", "council.rule.organisation.unknown"));

        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(membership.members(bodyId, day)).singleElement().satisfies(h -> {
            assertThat(h.accountId()).isEqualTo(accounts.accountByEmail("oshc@bashke.demo").orElseThrow().id());
            assertThat(h.office()).isEqualTo("CHAIR");
            assertThat(h.organisationId()).isNotNull();
        });
        long seatId = membership.members(bodyId, day).get(0).seatId();

        mvc.perform(post("/admin/council/seats/" + seatId + "/substitute").with(SECRETARIAT).with(csrf()).param("email", "oshc@bashke.demo"))
                .andExpect(flash().attribute("problem", "council.rule.substitute.isHolder"));
        mvc.perform(post("/admin/council/seats/" + seatId + "/substitute").with(SECRETARIAT).with(csrf()).param("email", "anetar@bashke.demo"))
                .andExpect(flash().attribute("flash", "council.admin.flash.substitute"));
        mvc.perform(post("/admin/council/seats/" + seatId + "/vacate").with(SECRETARIAT).with(csrf())
                        .param("on", "2026-06-01").param("reason", "REPLACEMENT").param("note", "new director"))
                .andExpect(flash().attribute("flash", "council.admin.flash.vacated"));
        assertThat(membership.members(bodyId, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(membership.members(bodyId, LocalDate.of(2026, 5, 31))).hasSize(1);

        mvc.perform(get("/admin/council/terms/" + termId).with(SECRETARIAT)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("new director")));
        mvc.perform(get("/council/bodies/" + bodyId).cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Replacement: new director")));
    }

    @Test
    void a_member_files_a_public_declaration_for_a_term_in_which_they_sit_and_no_other() throws Exception {
        long term = membership.termId(council(), LocalDate.now(ManageBodies.KOSOVO)).orElseThrow();
        String interests = "Board member of a grantee " + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/council/declarations").with(as("zyra@bashke.demo", Role.GOVERNMENT_OFFICER)).with(csrf())
                        .param("termId", String.valueOf(term)).param("answer", "INTERESTS").param("interests", interests))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/council/bodies/" + council())).andExpect(content().string(org.hamcrest.Matchers.containsString(interests)));

        mvc.perform(post("/council/declarations").with(as("admin@bashke.demo", Role.ADMIN)).with(csrf())
                        .param("termId", String.valueOf(term)).param("answer", "NOTHING"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "termId", "council.rule.declaration.notMember"));
        mvc.perform(post("/council/declarations").with(as("zyra@bashke.demo", Role.GOVERNMENT_OFFICER)).with(csrf())
                        .param("termId", String.valueOf(term)).param("answer", "INTERESTS"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "interests", "council.rule.declaration.answer"));
    }

    @Test
    void a_working_teams_coordinator_keeps_its_work_plan_and_other_members_cannot() throws Exception {
        long team = membership.body("KQ-GP1").orElseThrow().id();
        int year = LocalDate.now(ManageBodies.KOSOVO).getYear();
        String title = "Task " + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/council/bodies/" + team + "/work-plan").with(as("keshilli@bashke.demo", Role.COUNCIL_MEMBER)).with(csrf())
                        .param("year", String.valueOf(year)).param("title", title).param("owner", "CiviKos")
                        .param("deadline", year + "-11-30"))
                .andExpect(flash().attribute("flash", "council.workPlan.flash.added"));
        mvc.perform(post("/council/bodies/" + team + "/work-plan").with(as("oshc@bashke.demo", Role.CSO_REPRESENTATIVE)).with(csrf())
                        .param("title", "not mine").param("owner", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/council/bodies/" + team).param("year", String.valueOf(year)).cookie(ENGLISH))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Work plan " + year)));
        mvc.perform(get("/council").cookie(ENGLISH))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tasks done")));
    }

    @Test
    void open_data_lists_bodies_seats_people_meetings_and_decisions_as_json_csv_and_popolo() throws Exception {
        mvc.perform(get("/council/open-data/bodies.json")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"code\":\"KQ\"")));
        String csv = mvc.perform(get("/council/open-data/seats.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("person_name", "Zyra për Qeverisje të Mirë", "RESIGNATION").doesNotContain("@bashke.demo");
        String popolo = mvc.perform(get("/council/open-data/popolo.json").cookie(ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(popolo).contains("\"persons\"", "\"organizations\"", "\"memberships\"", "\"posts\"", "\"on_behalf_of_id\"",
                "\"label\":\"Deputy chair\"", "\"end_date\":\"2021-02-28\"");
        assertThat(popolo).contains("\"events\"", "\"id\":\"meeting/1\"", "\"organization_id\":\"body/1\"");
        // meetings and decisions: the demo's held meeting has published minutes and a decision followed up in monitoring
        String meetings = mvc.perform(get("/council/open-data/meetings.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(meetings).contains("\"id\":1,", "\"minutes_published\":true", "\"url\":\"/council/meetings/1\"");
        String decisions = mvc.perform(get("/council/open-data/decisions.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(decisions.lines().findFirst().orElseThrow()).contains("number", "adopted_on", "follow_up_status", "url");
        assertThat(decisions).contains("/council/decisions/1").contains("/monitoring/obligations/");
        // every path the OpenAPI document describes answers
        String spec = mvc.perform(get("/council/open-data/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("\"(/council/open-data/[a-z]+\\.json)\"").matcher(spec);
        int paths = 0;
        while (path.find()) {
            mvc.perform(get(path.group(1))).andExpect(status().isOk());
            paths++;
        }
        assertThat(paths).isEqualTo(7);
        // and the portal's open data page lists them
        mvc.perform(get("/open-data")).andExpect(content().string(org.hamcrest.Matchers.containsString("/council/open-data/decisions.csv")));
        mvc.perform(get("/council/open-data/secrets.json")).andExpect(status().isNotFound());
    }

    @Test
    void another_module_creates_a_body_through_membership_audited_as_the_system() {
        String code = "N" + ThreadLocalRandom.current().nextInt(1_000_000);
        BodySummary made = membership.createBody(code, LocalizedText.same("Assembly " + code), BodyKind.ASSEMBLY, null, null);
        assertThat(membership.body(made.id())).contains(made);
        assertThat(made.kind()).isEqualTo(BodyKind.ASSEMBLY);
    }
}

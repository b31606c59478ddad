package org.bashke.network.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.Consultations;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Positions on the real database through the real security chain: member consultation, adoption, publication, filing. */
@IntegrationTest
class PositionIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final TestAccounts people;
    final MessageSource messages;
    final Consultations consultations;
    final NetworkPositionRepository positions;

    @Autowired
    PositionIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, TestAccounts people, MessageSource messages, Consultations consultations,
                            NetworkPositionRepository positions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.people = people;
        this.messages = messages;
        this.consultations = consultations;
        this.positions = positions;
    }

    static final Locale SQ = Locale.forLanguageTag("sq");

    String today() {
        return LocalDate.now(ManagePositions.KOSOVO).toString();
    }

    String msg(String key) {
        return messages.getMessage(key, null, SQ);
    }

    MockHttpServletRequestBuilder as(TestAccounts.Person p, MockHttpServletRequestBuilder r) {
        return r.with(user(p.principal())).with(csrf());
    }

    long draft(TestAccounts.Person secretariat, String title, String body, Long consultationId) throws Exception {
        MockHttpServletRequestBuilder r = as(secretariat, post("/admin/network/positions/new"))
                .param("subjectKind", "LAW").param("requiredBody", body).param("original", "SQ")
                .param("titleSq", title).param("textSq", "CiviKos kërkon që ligji të konsultohet për 15 ditë pune.")
                .param("titleEn", title + " (en)").param("textEn", "CiviKos asks that the law be consulted for 15 working days.");
        if (consultationId != null) {
            r.param("consultationId", consultationId.toString());
        }
        String location = mvc.perform(r).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void a_position_goes_from_member_consultation_to_adoption_and_only_then_is_public() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        long org = NetworkFixture.activeMember(jdbc, "PRI");
        TestAccounts.Person representative = people.holding(Role.CSO_REPRESENTATIVE, org, "en");
        String title = "Qëndrimi për ligjin e OJQ-ve " + UUID.randomUUID();
        long id = draft(secretariat, title, "BOARD", null);

        mvc.perform(get("/network/positions/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/network/positions")).andExpect(content().string(not(containsString(title))));

        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/consult")).param("deadline", today()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(representative, get("/network/member-consultations"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(as(representative, post("/network/member-consultations/" + id + "/comments"))
                        .param("organisationId", String.valueOf(org)).param("body", "Propozojmë 20 ditë pune, jo 15."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(representative, post("/network/member-consultations/" + id + "/comments"))
                        .param("organisationId", "1").param("body", "Për një organizatë që nuk e përfaqësoj"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.position.rule.notYourOrganisation"))));

        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/revise")).param("original", "SQ")
                        .param("titleSq", title).param("textSq", "CiviKos kërkon 20 ditë pune.").param("note", "Pas komenteve"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/adopt"))
                        .param("body", "ASSEMBLY").param("reference", "Kuvendi 1").param("adoptedOn", today()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.position.rule.wrongBody"))));
        mvc.perform(get("/network/positions/" + id)).andExpect(status().isNotFound());

        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/adopt"))
                        .param("body", "BOARD").param("reference", "Mbledhja e Bordit nr. 12").param("adoptedOn", today()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/network/positions/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CiviKos kërkon 20 ditë pune.")))
                .andExpect(content().string(containsString("Mbledhja e Bordit nr. 12")));
        mvc.perform(get("/network/positions")).andExpect(content().string(containsString(title)));

        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/revise")).param("original", "SQ")
                        .param("titleSq", title).param("textSq", "Ndryshim pas miratimit"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.position.rule.adoptedImmutable"))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM network_position_version WHERE position_id = ?", Integer.class, id)).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("UPDATE network_position_version SET text_sq = 'x' WHERE position_id = ? AND adopted", id))
                .hasMessageContaining("adopted position version cannot be changed");
    }

    @Test
    void only_members_read_positions_under_consultation_and_their_comments() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        long org = NetworkFixture.activeMember(jdbc, "PEJ");
        TestAccounts.Person representative = people.holding(Role.CSO_REPRESENTATIVE, org, "en");
        long id = draft(secretariat, "Qëndrim për anëtarët " + UUID.randomUUID(), "BOARD", null);
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/consult")).param("deadline", today()));
        String comment = "Koment vetëm për anëtarët " + UUID.randomUUID();
        mvc.perform(as(representative, post("/network/member-consultations/" + id + "/comments"))
                .param("organisationId", String.valueOf(org)).param("body", comment)).andExpect(status().is3xxRedirection());
        mvc.perform(as(representative, get("/network/member-consultations/" + id))).andExpect(content().string(containsString(comment)));

        TestAccounts.Person outsider = people.member("en");
        TestAccounts.Person nonMemberCso = people.holding(Role.CSO_REPRESENTATIVE, 1_999_999_999L, "en");
        for (TestAccounts.Person p : new TestAccounts.Person[] {outsider, nonMemberCso}) {
            mvc.perform(as(p, get("/network/member-consultations/" + id))).andExpect(status().isForbidden());
            mvc.perform(as(p, get("/network/member-consultations"))).andExpect(status().isForbidden());
            mvc.perform(as(p, post("/network/member-consultations/" + id + "/comments")).param("organisationId", "1999999999")
                    .param("body", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/network/member-consultations/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/network/positions/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void an_adopted_position_is_filed_as_civikos_comment_on_its_open_consultation_once() throws Exception {
        ConsultationSummary open = consultations.openConsultations().stream().findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(open != null, "the demo data has an open consultation");
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        long id = draft(secretariat, "Qëndrim për konsultimin " + UUID.randomUUID(), "BOARD", open.id());
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/submit")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.position.rule.notAdopted"))));
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/consult")).param("deadline", today()));
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/adopt"))
                .param("body", "BOARD").param("reference", "Bordi 9").param("adoptedOn", today())).andExpect(status().is3xxRedirection());
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/submit"))).andExpect(status().is3xxRedirection());
        Long commentId = positions.findById(id).orElseThrow().getSubmittedCommentId();
        assertThat(commentId).isNotNull();
        assertThat(jdbc.queryForObject("SELECT body FROM consultation_comment WHERE id = ?", String.class, commentId))
                .contains("CiviKos kërkon që ligji të konsultohet");
        mvc.perform(as(secretariat, post("/admin/network/positions/" + id + "/submit"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network.position.rule.alreadySubmitted"))));
    }
}

package org.bashke.network;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.bashke.identity.TestAccounts;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The working groups as an audience of bulletins, and their public page with members and elected coordinators. */
@IntegrationTest
class NetworkWorkingGroupsIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final MessageSource messages;
    final NetworkMemberFixture fixture;

    @Autowired
    NetworkWorkingGroupsIntegrationTest(ApplicationContext context, MockMvc mvc, JdbcTemplate jdbc, MessageSource messages) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.messages = messages;
        this.fixture = new NetworkMemberFixture(context);
    }

    MockHttpServletRequestBuilder as(TestAccounts.Person p, MockHttpServletRequestBuilder r) {
        return r.with(user(p.principal())).with(csrf());
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Test
    void a_bulletin_to_a_working_group_reaches_only_the_representatives_of_the_group_s_members() throws Exception {
        TestAccounts.Person secretariat = fixture.people.holding(Role.SECRETARIAT, null, "sq");
        String word = NetworkMemberFixture.word();
        long inGroup = fixture.cso("Grupi " + word);
        long outside = fixture.cso("Jashte " + word);
        fixture.member(inGroup);
        fixture.member(outside);
        TestAccounts.Person member = fixture.representative(inGroup, "en");
        TestAccounts.Person notMember = fixture.representative(outside, "en");
        mvc.perform(as(secretariat, post("/admin/network/governance/groups/3/members")).param("organisationId", String.valueOf(inGroup)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM network_working_group_member m JOIN network_working_group g ON g.id = m.group_id
                WHERE g.objective = 3 AND m.organisation_id = ?""", Integer.class, inGroup)).isEqualTo(1);

        mvc.perform(as(secretariat, post("/admin/network/bulletins/new")).param("original", "SQ").param("subjectSq", "Grupi")
                        .param("bodySq", "Tekst").param("audience", "WORKING_GROUP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network.bulletin.rule.audience", Locale.forLanguageTag("sq")))));
        String location = mvc.perform(as(secretariat, post("/admin/network/bulletins/new")).param("original", "SQ")
                        .param("subjectSq", "Takimi i grupit " + word).param("bodySq", "Takimi i grupit punues 3.")
                        .param("subjectEn", "Group meeting " + word).param("bodyEn", "The meeting of working group 3.")
                        .param("audience", "WORKING_GROUP").param("group", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("SELECT audience_kind || ':' || audience_value FROM network_bulletin WHERE id = ?",
                String.class, id)).isEqualTo("WORKING_GROUP:3");
        mvc.perform(as(secretariat, get("/admin/network/bulletins/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network-member.groups.objective.3", Locale.forLanguageTag("sq")))));
        mvc.perform(as(secretariat, post("/admin/network/bulletins/" + id + "/send"))).andExpect(status().is3xxRedirection());

        assertThat(TestMailServer.awaitMailTo(member.email()).get(0).getSubject()).isEqualTo("CiviKos: Group meeting " + word);
        assertThat(jdbc.queryForList("SELECT account_id FROM network_bulletin_recipient WHERE bulletin_id = ?", Long.class, id))
                .contains(member.id()).doesNotContain(notMember.id());
        Thread.sleep(300);
        assertThat(TestMailServer.mailTo(notMember.email())).isEmpty();
    }

    @Test
    void the_public_page_shows_each_group_with_its_members_and_elected_coordinator_in_three_languages() throws Exception {
        TestAccounts.Person secretariat = fixture.people.holding(Role.SECRETARIAT, null, "sq");
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Koordinuesja " + word);
        fixture.member(org);
        mvc.perform(as(secretariat, post("/admin/network/governance/groups/4/members")).param("organisationId", String.valueOf(org)))
                .andExpect(status().is3xxRedirection());
        LocalDate elected = LocalDate.now().minusDays(3);
        mvc.perform(as(secretariat, post("/admin/network/governance/groups/4/coordinator")).param("organisationId", String.valueOf(org))
                        .param("personName", "Vjosa " + word).param("electedOn", elected.toString()).param("decision", "Procesverbali 4"))
                .andExpect(status().is3xxRedirection());

        for (String tag : new String[] {"sq", "sr", "en"}) {
            Locale locale = Locale.forLanguageTag(tag);
            mvc.perform(get("/network/working-groups").cookie(new jakarta.servlet.http.Cookie("bashke_lang", tag))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(msg("network-member.groups.public.title", locale))))
                    .andExpect(content().string(containsString(msg("network-member.groups.objective.1", locale))))
                    .andExpect(content().string(containsString(msg("network-member.groups.objective.4", locale))))
                    .andExpect(content().string(containsString("Koordinuesja " + word)))
                    .andExpect(content().string(containsString("Vjosa " + word)))
                    .andExpect(content().string(containsString(
                            elected.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        }
        mvc.perform(get("/network")).andExpect(status().isOk()).andExpect(content().string(containsString("/network/working-groups")));
        mvc.perform(get("/network/working-groups")).andExpect(content().string(not(containsString("Whitelabel"))));
    }

    @Test
    void a_member_s_representative_names_its_own_assembly_representative_and_no_other_member_s() throws Exception {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Asambleja " + word);
        long other = fixture.cso("Tjeter " + word);
        fixture.member(org);
        fixture.member(other);
        TestAccounts.Person rep = fixture.representative(org, "sq");
        TestAccounts.Person colleague = fixture.representative(org, "sq");
        TestAccounts.Person otherRep = fixture.representative(other, "sq");

        mvc.perform(as(rep, get("/network/membership"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network-member.delegate.title", Locale.forLanguageTag("sq")))))
                .andExpect(content().string(containsString(colleague.name())));
        mvc.perform(as(rep, post("/network/membership/delegate")).param("organisationId", String.valueOf(org))
                        .param("accountId", String.valueOf(colleague.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT account_id FROM network_assembly_delegate WHERE organisation_id = ?", Long.class, org))
                .isEqualTo(colleague.id());

        mvc.perform(as(otherRep, post("/network/membership/delegate")).param("organisationId", String.valueOf(org))
                .param("accountId", String.valueOf(otherRep.id())));
        mvc.perform(as(rep, post("/network/membership/delegate")).param("organisationId", String.valueOf(org))
                        .param("accountId", String.valueOf(otherRep.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT account_id FROM network_assembly_delegate WHERE organisation_id = ?", Long.class, org))
                .isEqualTo(colleague.id());
    }
}

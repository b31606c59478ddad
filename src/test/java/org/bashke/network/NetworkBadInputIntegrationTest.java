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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.TestAccounts;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Letters in the numbers and dates of the network's admin forms: never a 400 page; the form again with a message in
 * the reader's language, and nothing changed.
 */
@IntegrationTest
class NetworkBadInputIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final MessageSource messages;
    final NetworkMemberFixture fixture;
    final TestAccounts.Person secretariat;

    @Autowired
    NetworkBadInputIntegrationTest(ApplicationContext context, MockMvc mvc, JdbcTemplate jdbc, MessageSource messages) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.messages = messages;
        this.fixture = new NetworkMemberFixture(context);
        this.secretariat = fixture.people.holding(Role.SECRETARIAT, null, "sq");
    }

    String msg(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("sq"));
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r) {
        return r.with(user(secretariat.principal())).with(csrf()).locale(Locale.forLanguageTag("sq"));
    }

    /**
     * Posts and checks the answer is the form's page again (POST-redirect-GET, as the module's other rule messages)
     * with the message key of the problem as flash, and that the message exists in the three languages.
     */
    void backToFormSaying(MockHttpServletRequestBuilder request, String expectedPage, String messageKey) throws Exception {
        MvcResult posted = mvc.perform(as(request)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(expectedPage);
        assertThat(posted.getFlashMap().get("problem")).isEqualTo(messageKey);
        for (String tag : new String[] {"sq", "sr", "en"}) {
            assertThat(messages.getMessage(messageKey, null, Locale.forLanguageTag(tag))).isNotBlank().isNotEqualTo(messageKey);
        }
        mvc.perform(as(get(expectedPage))).andExpect(status().isOk());
    }

    @Test
    void letters_in_governance_numbers_and_dates_give_the_form_back_with_a_message_and_change_nothing() throws Exception {
        List<Map<String, Object>> rulesBefore = jdbc.queryForList("SELECT * FROM network_governing_rules ORDER BY 1");
        backToFormSaying(post("/admin/network/governance/rules/BOARD").param("quorumPercent", "half").param("seats", "9")
                .param("majority", "SIMPLE"), "/admin/network/governance", "network.form.invalid.number");
        backToFormSaying(post("/admin/network/governance/rules/ASSEMBLY").param("quorumPercent", "50").param("annualFee", "fifty"),
                "/admin/network/governance", "network.form.invalid.amount");
        assertThat(jdbc.queryForList("SELECT * FROM network_governing_rules ORDER BY 1")).isEqualTo(rulesBefore);

        long org = fixture.cso("Shoqata " + NetworkMemberFixture.word());
        fixture.member(org);
        int mandates = count("network_board_mandate");
        backToFormSaying(post("/admin/network/governance/mandates").param("organisationId", String.valueOf(org))
                .param("personName", "Drita").param("termNumber", "1").param("startsOn", "soon").param("endsOn", "2030-01-01"),
                "/admin/network/governance", "network.form.invalid.date");
        backToFormSaying(post("/admin/network/governance/mandates").param("organisationId", String.valueOf(org))
                .param("personName", "Drita").param("termNumber", "first").param("startsOn", "2026-01-01"),
                "/admin/network/governance", "network.form.invalid.number");
        assertThat(count("network_board_mandate")).isEqualTo(mandates);

        backToFormSaying(post("/admin/network/governance/groups/2/coordinator").param("organisationId", String.valueOf(org))
                .param("personName", "Drita").param("electedOn", "yesterday").param("decision", "Procesverbali"),
                "/admin/network/governance", "network.form.invalid.date");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM network_working_group WHERE coordinator_org_id = ?", Integer.class, org))
                .isZero();
    }

    @Test
    void letters_in_a_member_s_suspension_fee_and_leaving_give_the_member_page_back_and_change_nothing() throws Exception {
        long org = fixture.cso("Shoqata " + NetworkMemberFixture.word());
        long member = fixture.member(org);
        String page = "/admin/network/members/" + member;
        backToFormSaying(post(page + "/suspend").param("reason", "Arsye").param("until", "next month"), page,
                "network.form.invalid.date");
        backToFormSaying(post(page + "/leave").param("reason", "Arsye").param("on", "31/12"), page, "network.form.invalid.date");
        backToFormSaying(post(page + "/fee").param("year", "2026").param("amount", "20 euro").param("paidOn", "2026-01-10"), page,
                "network.form.invalid.amount");
        backToFormSaying(post(page + "/fee").param("year", "this year").param("amount", "20"), page, "network.form.invalid.number");
        assertThat(jdbc.queryForObject("SELECT status FROM network_member WHERE id = ?", String.class, member)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM network_member_fee WHERE member_id = ?", Integer.class, member)).isZero();

        MvcResult list = mvc.perform(as(get("/admin/network/members").param("year", "abc"))).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(list.getResponse().getRedirectedUrl()).isEqualTo("/admin/network/members");
    }

    @Test
    void letters_in_an_internship_call_or_a_representation_give_the_form_with_the_field_s_message() throws Exception {
        int calls = count("network_internship_call");
        mvc.perform(as(post("/admin/network/internships/new")).param("topicSq", "Praktika " + NetworkMemberFixture.word())
                        .param("durationMonths", "three").param("places", "two").param("deadline", "end of May")
                        .param("retentionDays", "90").param("selectors", secretariat.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("typeMismatch.callForm.places"))))
                .andExpect(content().string(containsString(msg("typeMismatch.callForm.deadline"))));
        assertThat(count("network_internship_call")).isEqualTo(calls);

        int places = count("network_representation");
        mvc.perform(as(post("/admin/network/representation/new")).param("kind", "COUNCIL").param("original", "SQ")
                        .param("placeSq", "Vendi " + NetworkMemberFixture.word()).param("representativeName", "Drita")
                        .param("nominatingDecision", "Vendimi 1").param("start", "today").param("end", "2030-13-45")
                        .param("mandateSq", "Mandati"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("typeMismatch.representationForm.start"))))
                .andExpect(content().string(not(containsString("Whitelabel"))));
        assertThat(count("network_representation")).isEqualTo(places);
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}

package org.bashke.network.complaint;

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
import java.util.List;
import java.util.UUID;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A complaint about a member on the real database, checked per record at every step: its handlers see it,
 * another secretariat account does not, the member concerned only once the case is opened to it; only the
 * outcome is published, and only when the handlers publish it.
 */
@IntegrationTest
class ComplaintIntegrationTest {

    final MockMvc mvc;
    final TestAccounts people;
    final ComplaintBodies bodies;
    final ComplaintCases cases;
    final Directory directory;

    @Autowired
    ComplaintIntegrationTest(MockMvc mvc, TestAccounts people, ComplaintBodies bodies, ComplaintCases cases, Directory directory) {
        this.mvc = mvc;
        this.people = people;
        this.bodies = bodies;
        this.cases = cases;
        this.directory = directory;
    }

    @Test
    void a_case_is_seen_only_by_its_handlers_and_by_the_member_once_opened_and_only_its_outcome_is_published() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "sq");
        TestAccounts.Person otherSecretariat = people.holding(Role.SECRETARIAT, null, "sq");
        TestAccounts.Person handler = people.member("sq");
        TestAccounts.Person complainant = people.member("en");
        OrganisationSummary member = directory.activeOrganisations(null).stream().filter(OrganisationSummary::civikosMember)
                .findFirst().orElseThrow();
        OrganisationSummary notMember = directory.activeOrganisations(null).stream().filter(o -> !o.civikosMember())
                .findFirst().orElseThrow();
        TestAccounts.Person representative = people.holding(Role.CSO_REPRESENTATIVE, member.id(), "sq");
        TestAccounts.Person otherRepresentative = people.holding(Role.CSO_REPRESENTATIVE, notMember.id(), "sq");

        if (bodies.findFirstByActiveTrueOrderByIdAsc().isEmpty()) {
            mvc.perform(post("/admin/network/complaints/bodies").with(user(secretariat.principal())).with(csrf())
                    .param("nameSq", "Komisioni i etikës").param("nameEn", "Ethics committee")).andExpect(status().is3xxRedirection());
        }
        long bodyId = bodies.findFirstByActiveTrueOrderByIdAsc().orElseThrow().getId();
        mvc.perform(post("/admin/network/complaints/bodies/" + bodyId + "/handlers").with(user(secretariat.principal())).with(csrf())
                .param("email", handler.email())).andExpect(status().is3xxRedirection());

        // a complaint about a non-member is refused with a message
        mvc.perform(post("/network/complaints").with(user(complainant.principal())).with(csrf()).param("organisationId",
                String.valueOf(notMember.id())).param("subject", "s").param("description", "d")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zgjidhni një organizatë anëtare")));

        String subject = "Shkelje " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/network/complaints").with(user(complainant.principal())).with(csrf())
                        .param("organisationId", String.valueOf(member.id())).param("subject", subject)
                        .param("description", "Organizata nuk deklaroi konfliktin e interesit.").param("withholdName", "true"))
                .andExpect(status().is3xxRedirection());
        ComplaintCase c = cases.findByComplainantAccountIdOrderByFiledAtDesc(complainant.id()).get(0);
        String url = "/network/complaints/cases/" + c.getId();
        assertThat(TestMailServer.awaitMailTo(complainant.email()).get(0).getSubject()).contains("received");
        assertThat(TestMailServer.awaitMailTo(handler.email()).get(0).getSubject()).contains("K-" + c.getId());

        mvc.perform(get(url).with(user(handler.principal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subject))).andExpect(content().string(containsString(complainant.email())));
        for (TestAccounts.Person refused : List.of(secretariat, otherSecretariat, representative, otherRepresentative, complainant)) {
            mvc.perform(get(url).with(user(refused.principal()))).andExpect(status().isNotFound());
        }
        // a non-handler cannot move the case either
        mvc.perform(post(url + "/open").with(user(otherSecretariat.principal())).with(csrf())).andExpect(status().isNotFound());
        // the hearing comes after the opening: refused with a message
        mvc.perform(post(url + "/hearing").with(user(handler.principal())).with(csrf()).param("hearingOn", LocalDate.now().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pasi rasti të jetë hapur")));

        mvc.perform(post(url + "/open").with(user(handler.principal())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(representative.principal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subject))).andExpect(content().string(not(containsString(complainant.name()))))
                .andExpect(content().string(not(containsString(complainant.email()))));
        mvc.perform(get(url).with(user(otherRepresentative.principal()))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(user(otherSecretariat.principal()))).andExpect(status().isNotFound());
        mvc.perform(post(url + "/response").with(user(representative.principal())).with(csrf())
                .param("response", "Konflikti u deklarua më vonë.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/decision").with(user(representative.principal())).with(csrf()).param("outcome", "DISMISSED")
                .param("reasons", "x")).andExpect(status().isNotFound());

        mvc.perform(post(url + "/hearing").with(user(handler.principal())).with(csrf()).param("hearingOn", LocalDate.now().toString())
                .param("hearingNotes", "Përfaqësuesi u dëgjua")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/decision").with(user(handler.principal())).with(csrf()).param("outcome", "UPHELD")
                .param("reasons", "Arsye konfidenciale " + subject)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/network/complaints/decisions")).andExpect(content().string(not(containsString("Konflikt " + subject))));
        String summary = "Ankesa u pranua: konflikt interesi i padeklaruar " + subject.substring(8);
        mvc.perform(post(url + "/publish").with(user(handler.principal())).with(csrf()).param("summarySq", summary))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/network/complaints/decisions")).andExpect(status().isOk())
                .andExpect(content().string(containsString(summary)))
                .andExpect(content().string(not(containsString("Arsye konfidenciale"))))
                .andExpect(content().string(not(containsString(complainant.name()))));
        mvc.perform(get("/network/complaints/mine").with(user(complainant.principal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
        // the secretariat sees how many cases a body has, not what they say
        mvc.perform(get("/admin/network/complaints").with(user(otherSecretariat.principal()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(subject))));
    }
}

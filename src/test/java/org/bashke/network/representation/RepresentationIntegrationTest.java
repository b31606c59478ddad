package org.bashke.network.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bashke.network.position.ManagePositions;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The representation register: mandates, report-back dates, reminders by e-mail (GreenMail), reports, the public list. */
@IntegrationTest
class RepresentationIntegrationTest {

    final MockMvc mvc;
    final TestAccounts people;
    final RepresentationReminders reminders;
    final NetworkRepresentationReportRepository reports;
    final MessageSource messages;

    @Autowired
    RepresentationIntegrationTest(MockMvc mvc, TestAccounts people, RepresentationReminders reminders,
                                  NetworkRepresentationReportRepository reports, MessageSource messages) {
        this.mvc = mvc;
        this.people = people;
        this.reminders = reminders;
        this.reports = reports;
        this.messages = messages;
    }

    String msg(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("sq"));
    }

    MockHttpServletRequestBuilder as(TestAccounts.Person p, MockHttpServletRequestBuilder r) {
        return r.with(user(p.principal())).with(csrf());
    }

    @Test
    void a_representative_is_reminded_before_the_report_is_due_and_when_it_is_overdue_then_files_it() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        TestAccounts.Person representative = people.member("sq");
        String place = "Ekipi i punës për financimin publik " + UUID.randomUUID();
        LocalDate today = LocalDate.now(ManagePositions.KOSOVO);
        String location = mvc.perform(as(secretariat, post("/admin/network/representation/new"))
                        .param("kind", "WORKING_TEAM").param("original", "SQ").param("placeSq", place)
                        .param("placeEn", "Working team on public funding").param("representativeName", representative.name())
                        .param("representativeEmail", representative.email()).param("nominatingDecision", "Vendimi i Bordit 5/2026")
                        .param("start", today.minusMonths(1).toString()).param("end", today.plusYears(1).toString())
                        .param("mandateSq", "Mbron qëndrimin e CiviKos për financimin publik."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/network/representation")).andExpect(status().isOk()).andExpect(content().string(containsString(place)))
                .andExpect(content().string(containsString(representative.name())));

        LocalDate due = today.plusDays(3);
        mvc.perform(as(secretariat, post("/admin/network/representation/" + id + "/due")).param("dueOn", due.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(secretariat, post("/admin/network/representation/" + id + "/due")).param("dueOn", due.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.representation.rule.dueTwice"))));

        assertThat(reminders.remind(today)).isPositive();
        List<MimeMessage> early = TestMailServer.awaitMailTo(representative.email());
        assertThat(early).hasSize(1);
        assertThat(early.get(0).getSubject()).startsWith("Raporti për përfaqësimin");
        reminders.remind(today);
        Thread.sleep(300);
        assertThat(TestMailServer.mailTo(representative.email())).as("reminded once").hasSize(1);

        reminders.remind(due.plusDays(1));
        long deadline = System.currentTimeMillis() + 15_000;
        while (TestMailServer.mailTo(representative.email()).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> all = TestMailServer.mailTo(representative.email());
        assertThat(all).hasSize(2);
        assertThat(all.get(1).getSubject()).startsWith("Raport i vonuar");
        assertThat(TestMailServer.awaitMailTo(secretariat.email()).get(0).getSubject()).startsWith("Report overdue");

        long reportId = reports.findByRepresentationIdOrderByDueOnAsc(id).get(0).getId();
        TestAccounts.Person someoneElse = people.member("en");
        mvc.perform(as(someoneElse, post("/network/my-representation/reports/" + reportId)).param("body", "not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(as(representative, get("/network/my-representation"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(place)));
        mvc.perform(as(representative, post("/network/my-representation/reports/" + reportId)).param("body", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.representation.rule.reportRequired"))));
        mvc.perform(as(representative, post("/network/my-representation/reports/" + reportId))
                .param("body", "Në mbledhjen e 3 dhjetorit mbrojta qëndrimin e CiviKos.")).andExpect(status().is3xxRedirection());
        assertThat(reports.findById(reportId).orElseThrow().getFiledOn()).isEqualTo(today);
        mvc.perform(as(secretariat, get("/admin/network/representation/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("mbrojta qëndrimin")));
    }

    @Test
    void overdue_reports_are_listed_for_the_secretariat() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        String place = "Forumi ndërkombëtar " + UUID.randomUUID();
        LocalDate today = LocalDate.now(ManagePositions.KOSOVO);
        String location = mvc.perform(as(secretariat, post("/admin/network/representation/new"))
                        .param("kind", "INTERNATIONAL_FORUM").param("original", "SQ").param("placeSq", place)
                        .param("representativeName", "Drejtoresha ekzekutive").param("nominatingDecision", "Vendimi 1")
                        .param("start", today.minusYears(1).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(as(secretariat, post("/admin/network/representation/" + id + "/due")).param("dueOn", today.minusDays(2).toString()));
        mvc.perform(as(secretariat, get("/admin/network/representation"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(place)));
        mvc.perform(as(secretariat, post("/admin/network/representation/new")).param("placeSq", "x"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Exception"))));
    }
}

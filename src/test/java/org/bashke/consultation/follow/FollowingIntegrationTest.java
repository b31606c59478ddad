package org.bashke.consultation.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FollowingIntegrationTest {

    final MockMvc mvc;
    final Directory directory;
    final ClosingReminder reminder;
    final JdbcTemplate jdbc;

    @Autowired
    FollowingIntegrationTest(MockMvc mvc, Directory directory, ClosingReminder reminder, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.directory = directory;
        this.reminder = reminder;
        this.jdbc = jdbc;
    }

    static List<MimeMessage> mailAbout(String email, String word) {
        return TestMailServer.awaitMailTo(email).stream().filter(m -> {
            try {
                return m.getSubject().contains(word);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    @Test
    void a_follower_of_the_institution_is_told_when_a_consultation_opens_and_a_week_before_it_closes() throws Exception {
        long office = directory.findOrganisations("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION, 1).get(0).id();
        String word = "F" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String follower = "oshc@bashke.demo";
        mvc.perform(post("/consultations/institutions/" + office + "/follow").with(user(follower).roles("MEMBER")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        LocalDate closes = LocalDate.now().plusDays(40);
        String location = mvc.perform(post("/consultations/manage/new").with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER")).with(csrf())
                        .param("institutionId", String.valueOf(office)).param("titleSq", "Strategjia " + word)
                        .param("summarySq", "P").param("draftType", "STRATEGY").param("contactName", "Arta")
                        .param("contactEmail", "arta@zqm.example").param("opensOn", LocalDate.now().toString())
                        .param("closesOn", closes.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/consultations/manage/" + id + "/versions").with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER")).with(csrf())
                .param("text", "# Qëllimi\nTekst."));
        mvc.perform(post("/consultations/manage/" + id + "/open").with(user("zyra@bashke.demo").roles("GOVERNMENT_OFFICER")).with(csrf()));

        assertThat(Awaitility.await().until(() -> mailAbout(follower, word), m -> !m.isEmpty()).get(0).getSubject())
                .startsWith("Konsultim i hapur");

        assertThat(reminder.remind(closes.minusDays(3))).isPositive();
        assertThat(Awaitility.await().until(() -> mailAbout(follower, word), m -> m.size() == 2).get(1).getSubject())
                .startsWith("Mbyllet brenda një jave");
        // once only
        reminder.remind(closes.minusDays(2));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'consultation.reminder.sent' AND record_id = ?",
                Integer.class, id)).isEqualTo(1);
    }
}

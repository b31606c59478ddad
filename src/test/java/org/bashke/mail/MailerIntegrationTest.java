package org.bashke.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailerIntegrationTest {

    @Autowired Mailer mailer;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private static String address() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }

    private static Map<String, Object> model(String name) {
        return Map.of("name", name, "link", "http://localhost:8080/verify?t=abc", "subjectArgs", new Object[] {name});
    }

    @Test
    void a_mail_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        String rolledBack = address();
        String committed = address();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            mailer.send(rolledBack, Locale.forLanguageTag("sq"), "mailtest/greeting", model("Arta"));
            throw new IllegalStateException("the registration failed");
        })).isInstanceOf(IllegalStateException.class);
        tx.executeWithoutResult(s -> mailer.send(committed, Locale.forLanguageTag("sq"), "mailtest/greeting", model("Besa")));

        TestMailServer.awaitMailTo(committed);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Long.class, rolledBack)).isZero();
        assertThat(TestMailServer.mailTo(rolledBack)).isEmpty();
    }

    @Test
    void a_committed_mail_arrives_in_albanian_with_its_letters_intact() throws Exception {
        String to = address();
        tx.executeWithoutResult(s -> mailer.send(to, Locale.forLanguageTag("sq"), "mailtest/greeting", model("Ëndrra Çela")));
        MimeMessage m = TestMailServer.awaitMailTo(to).get(0);
        assertThat(m.getSubject()).isEqualTo("Mirë se vini në Bashkë, Ëndrra Çela");
        assertThat((String) m.getContent())
                .contains("Përshëndetje Ëndrra Çela,")
                .contains("Ju lutemi konfirmoni adresën tuaj të e-mailit këtu:")
                .contains("http://localhost:8080/verify?t=abc");
        assertThat(m.getFrom()[0].toString()).contains("no-reply@bashke.test");
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE recipient = ?", String.class, to))
                .isIn("QUEUED", "SENT"); // SENT once the sending transaction has committed
    }

    @Test
    void a_reader_of_serbian_cyrillic_gets_the_mail_in_cyrillic() throws Exception {
        String to = address();
        tx.executeWithoutResult(s -> mailer.send(to, Locale.forLanguageTag("sr-Cyrl"), "mailtest/greeting", model("Milica")));
        MimeMessage m = TestMailServer.awaitMailTo(to).get(0);
        assertThat(m.getSubject()).startsWith("Добро дошли у ").endsWith(", Milica");
        assertThat((String) m.getContent()).contains("Здраво Milica,").contains("Молимо потврдите своју адресу е-поште овде:");
    }

    @Test
    void a_mail_with_an_attachment_arrives_with_it() throws Exception {
        String to = address();
        byte[] ics = "BEGIN:VCALENDAR\r\nSUMMARY:Takim i Këshillit\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        tx.executeWithoutResult(s -> mailer.send(new OutgoingMail(to, "Ftesë: takimi i Këshillit", "Shihni shtojcën.",
                List.of(new OutgoingMail.Attachment("takimi.ics", "text/calendar", ics)))));
        MimeMessage m = TestMailServer.awaitMailTo(to).get(0);
        assertThat(m.getSubject()).isEqualTo("Ftesë: takimi i Këshillit");
        Multipart parts = (Multipart) m.getContent();
        BodyPart attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName()).isEqualTo("takimi.ics");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(ics);
    }

    @Test
    void the_outbox_is_for_admins_only_and_shows_the_whole_text() throws Exception {
        String to = address();
        tx.executeWithoutResult(s -> mailer.send(to, Locale.forLanguageTag("en"), "mailtest/greeting", model("Jon")));
        long id = jdbc.queryForObject("SELECT id FROM mail_outbox WHERE recipient = ?", Long.class, to);
        mvc.perform(get("/admin/outbox/" + id).with(user("s").roles("SECRETARIAT"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(user("s").roles("SECRETARIAT"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(to)));
        mvc.perform(get("/admin/outbox/" + id).with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"http://localhost:8080/verify?t=abc\"")));
        mvc.perform(get("/admin/outbox").param("lang", "sr-Cyrl").with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Одлазна пошта")));
        mvc.perform(get("/admin/outbox/999999999").with(user("a").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}

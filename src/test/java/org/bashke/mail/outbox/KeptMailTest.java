package org.bashke.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With no SMTP server (no JavaMailSender), mail is kept for admins to read and nothing is sent. */
@IntegrationTest
class KeptMailTest {

    @Autowired OutboxMails outbox;
    @Autowired MailTemplates templates;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void without_a_mail_host_mail_is_kept_in_the_outbox_and_not_sent() {
        MailDispatcher noSmtp = new MailDispatcher(outbox, (org.springframework.mail.javamail.JavaMailSender) null, transactions, "Bashkë <no-reply@bashke.test>");
        OutboxMailer mailer = new OutboxMailer(outbox, templates, noSmtp);
        String to = "kept-" + UUID.randomUUID() + "@example.org";

        tx.executeWithoutResult(s -> mailer.send(to, Locale.forLanguageTag("sq"), "mailtest/greeting",
                Map.of("name", "Arbër", "link", "http://localhost:8080/verify?t=k", "subjectArgs", new Object[] {"Arbër"})));

        Map<String, Object> row = jdbc.queryForMap("SELECT id, status, subject, body FROM mail_outbox WHERE recipient = ?", to);
        assertThat(row.get("status")).isEqualTo("KEPT");
        assertThat(row.get("subject")).isEqualTo("Mirë se vini në Bashkë, Arbër");
        assertThat((String) row.get("body")).contains("http://localhost:8080/verify?t=k");
        assertThat(noSmtp.deliver(((Number) row.get("id")).longValue())).isFalse();
        noSmtp.sweep();
        assertThat(TestMailServer.mailTo(to)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE recipient = ?", String.class, to)).isEqualTo("KEPT");
    }

    @Test
    void retries_wait_longer_each_time_up_to_an_hour() {
        assertThat(MailDispatcher.waitAfter(1)).hasSeconds(30);
        assertThat(MailDispatcher.waitAfter(2)).hasSeconds(60);
        assertThat(MailDispatcher.waitAfter(7)).hasSeconds(30 * 64);
        assertThat(MailDispatcher.waitAfter(30)).hasHours(1);
    }
}

package org.bashke.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.bashke.identity.Principals;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The test: the secretariat sends a newsletter to 500 subscribers, the sending is cut half-way
 * (a batch crashes after queuing some of its mails), it resumes as after a restart, and every subscriber
 * has exactly one mail, in their language, with the one-click unsubscribe headers.
 */
@IntegrationTest
class NewsletterIntegrationTest {

    static final RequestPostProcessor SECRETARIAT = user(Principals.of(930_001L, "nl-secretariat@example.org",
            "Newsletter Secretariat", Map.of(Role.SECRETARIAT, Set.of(), Role.MEMBER, Set.of())));

    final MockMvc mvc;
    final NewsletterSender sender;
    final JdbcTemplate jdbc;
    final org.bashke.portal.search.SearchIndex index;

    @Autowired
    NewsletterIntegrationTest(MockMvc mvc, NewsletterSender sender, JdbcTemplate jdbc, org.bashke.portal.search.SearchIndex index) {
        this.index = index;
        this.mvc = mvc;
        this.sender = sender;
        this.jdbc = jdbc;
    }

    static String unique() {
        return "nl" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** Subscribers whose address starts with the prefix: confirmed, languages in turn, following the FUNDING topic. */
    void subscribers(String prefix, int count) {
        jdbc.update("""
                INSERT INTO portal_subscriber (email, language, frequency, created_at, confirmed_at, next_digest_at)
                SELECT ? || g || '@example.org', (ARRAY['sq','sr','en'])[1 + g % 3], 'WEEKLY', now(), now(), now() + interval '7 days'
                  FROM generate_series(1, ?) g""", prefix, count);
        jdbc.update("""
                INSERT INTO portal_follow (subscriber_id, kind, value)
                SELECT id, 'TOPIC', 'FUNDING' FROM portal_subscriber WHERE email LIKE ? || '%'""", prefix);
    }

    long compose(String subject) throws Exception {
        String location = mvc.perform(post("/admin/portal/newsletters").with(SECRETARIAT).with(csrf())
                        .param("original", "SQ").param("subjectSq", subject).param("subjectSr", subject + " (sr)")
                        .param("subjectEn", subject + " (en)").param("bodySq", "Lajme nga rrjeti.").param("bodySr", "Vesti iz mreže.")
                        .param("bodyEn", "News from the network.").param("topic", "FUNDING"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Mails in the outbox for one of our subscribers. */
    int mails(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email);
    }

    /** Ours whose mark and mail disagree (SENT without exactly one mail, or a mail without SENT), in one snapshot. */
    int inconsistent(long newsletter, String prefix) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM portal_subscriber s
                  JOIN portal_newsletter_recipient r ON r.subscriber_id = s.id AND r.newsletter_id = ?
                 WHERE s.email LIKE ? || '%'
                   AND (CASE WHEN r.state = 'SENT' THEN 1 ELSE 0 END)
                       <> (SELECT count(*) FROM mail_outbox o WHERE o.recipient = s.email)""", Integer.class, newsletter, prefix);
    }

    @Test
    void five_hundred_subscribers_a_crash_mid_send_and_nobody_gets_it_twice() throws Exception {
        String prefix = unique();
        subscribers(prefix, 500);
        String subject = "Buletini " + prefix;
        long id = compose(subject);

        // the preview shows the audience before anything is sent
        String preview = mvc.perform(get("/admin/portal/newsletters/" + id).with(SECRETARIAT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("audience-size");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_newsletter_recipient WHERE newsletter_id = ?", Integer.class, id))
                .isZero();

        mvc.perform(post("/admin/portal/newsletters/" + id + "/send").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM portal_newsletter_recipient r JOIN portal_subscriber s ON s.id = r.subscriber_id
                 WHERE r.newsletter_id = ? AND s.email LIKE ? || '%'""", Integer.class, id, prefix))
                .isEqualTo(500);

        // a few batches go out
        for (int i = 0; i < 3; i++) {
            sender.sendBatch(NewsletterSender.BATCH, s -> {
            });
        }
        // then the process dies in the middle of a batch, after 20 of its mails were queued
        AtomicInteger mailed = new AtomicInteger();
        assertThatThrownBy(() -> sender.sendBatch(NewsletterSender.BATCH, s -> {
            if (mailed.incrementAndGet() == 20) {
                throw new IllegalStateException("simulated crash");
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inconsistent(id, prefix)).isZero();
        // a second sending of the same newsletter is refused: nobody is queued twice
        mvc.perform(post("/admin/portal/newsletters/" + id + "/send").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String admin = mvc.perform(get("/admin/portal/newsletters/" + id).with(SECRETARIAT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(admin).contains("progress-pending").contains("progress-sent");

        // after the restart the worker simply continues
        sender.sendPending();

        assertThat(inconsistent(id, prefix)).isZero();
        List<Map<String, Object>> perRecipient = jdbc.queryForList("""
                SELECT s.email, s.language, (SELECT count(*) FROM mail_outbox o WHERE o.recipient = s.email) AS mails
                  FROM portal_subscriber s WHERE s.email LIKE ? || '%'""", prefix);
        assertThat(perRecipient).hasSize(500);
        assertThat(perRecipient).allSatisfy(r -> assertThat(((Number) r.get("mails")).intValue()).isEqualTo(1));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox o JOIN portal_subscriber s ON s.email = o.recipient
                 WHERE s.email LIKE ? || '%' AND o.headers LIKE '%List-Unsubscribe: <%/follow/unsubscribe?token=%'
                   AND o.headers LIKE '%List-Unsubscribe-Post: List-Unsubscribe=One-Click%'""", Integer.class, prefix))
                .isEqualTo(500);
        // each in their language
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox o JOIN portal_subscriber s ON s.email = o.recipient
                 WHERE s.email LIKE ? || '%' AND s.language = 'en' AND o.subject = ?""", Integer.class, prefix,
                "Bashkë: " + subject + " (en)")).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM portal_subscriber WHERE email LIKE ? || '%' AND language = 'en'", Integer.class, prefix));
        assertThat(jdbc.queryForObject("SELECT status FROM portal_newsletter WHERE id = ?", String.class, id)).isEqualTo("SENT");

        // and the mail really leaves, headers included
        String one = prefix + "3@example.org";
        MimeMessage mail = TestMailServer.awaitMailTo(one).get(0);
        assertThat(mail.getHeader("List-Unsubscribe", null)).startsWith("<").contains("/follow/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(((String) mail.getContent())).contains("Lajme nga rrjeti.").contains("/newsletters/" + id);

        // the public archive shows it
        String archive = mvc.perform(get("/newsletters")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(archive).contains(subject);
        mvc.perform(get("/newsletters/" + id).header("Accept-Language", "en")).andExpect(status().isOk());
    }

    @Test
    void a_newsletter_can_start_from_what_was_published_recently() throws Exception {
        String title = "Takim publik " + unique();
        index.apply(org.bashke.portal.PublicRecordChanged.published("council", "decision", unique(),
                org.bashke.shared.text.LocalizedText.of(org.bashke.shared.text.Language.SQ, title, title + " sr", null),
                org.bashke.shared.text.LocalizedText.same("tekst"), "/decisions/x", null, java.time.Instant.now()));
        String form = mvc.perform(get("/admin/portal/newsletters/new").param("recent", "true").with(SECRETARIAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains(title).contains(title + " sr").contains("/decisions/x");
    }

    @Test
    void a_draft_is_not_public_and_bad_input_changes_nothing() throws Exception {
        long id = compose("Draft " + unique());
        mvc.perform(get("/newsletters/" + id)).andExpect(status().isNotFound());
        Integer before = jdbc.queryForObject("SELECT count(*) FROM portal_newsletter", Integer.class);
        String page = mvc.perform(post("/admin/portal/newsletters").with(SECRETARIAT).with(csrf())
                        .param("original", "SR").param("subjectSq", "vetëm shqip").param("hubCode", "XYZ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("subjectSr-error").contains("bodySr-error").contains("hubCode-error");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_newsletter", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_newsletter_for_members_reaches_only_subscribers_with_an_account() throws Exception {
        String prefix = unique();
        subscribers(prefix, 2);
        jdbc.update("UPDATE portal_subscriber SET account_id = 940001 WHERE email = ?", prefix + "1@example.org");
        String location = mvc.perform(post("/admin/portal/newsletters").with(SECRETARIAT).with(csrf())
                        .param("original", "EN").param("subjectEn", "Members " + prefix).param("bodyEn", "For members.")
                        .param("topic", "FUNDING").param("membersOnly", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/send").with(SECRETARIAT).with(csrf())).andExpect(status().is3xxRedirection());
        sender.sendPending();
        assertThat(mails(prefix + "1@example.org")).isEqualTo(1);
        assertThat(mails(prefix + "2@example.org")).isZero();
    }

    @Test
    void a_subscriber_who_leaves_before_their_turn_is_skipped() throws Exception {
        String prefix = unique();
        subscribers(prefix, 3);
        long id = compose("Leave " + prefix);
        mvc.perform(post("/admin/portal/newsletters/" + id + "/send").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jdbc.update("DELETE FROM portal_subscriber WHERE email = ?", prefix + "1@example.org");
        sender.sendPending();
        assertThat(mails(prefix + "1@example.org")).isZero();
        assertThat(mails(prefix + "2@example.org")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_newsletter_recipient WHERE newsletter_id = ? AND state = 'SKIPPED'",
                Integer.class, id)).isGreaterThanOrEqualTo(1);
    }
}

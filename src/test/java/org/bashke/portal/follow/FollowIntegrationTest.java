package org.bashke.portal.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.search.SearchIndex;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class FollowIntegrationTest {

    static final Pattern TOKEN = Pattern.compile("/follow/(confirm|unsubscribe)\\?token=([0-9]+\\.[A-Za-z0-9_-]+)");

    final MockMvc mvc;
    final SearchIndex index;
    final DigestJob digests;
    final JdbcTemplate jdbc;

    @Autowired
    FollowIntegrationTest(MockMvc mvc, SearchIndex index, DigestJob digests, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.index = index;
        this.digests = digests;
        this.jdbc = jdbc;
    }

    static String unique() {
        StringBuilder s = new StringBuilder("Fw");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    static String text(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    static String token(String mail, String purpose) {
        Matcher m = TOKEN.matcher(mail);
        while (m.find()) {
            if (m.group(1).equals(purpose)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no " + purpose + " link in:\n" + mail);
    }

    void publish(String module, String type, String title, String hub) {
        index.apply(PublicRecordChanged.published(module, type, unique(), LocalizedText.of(Language.SQ, title, title + " (sr)", null),
                LocalizedText.same("tekst"), "/" + type + "/x", hub, Instant.now()));
    }

    Integer subscribers(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM portal_subscriber WHERE lower(email) = lower(?)", Integer.class, email);
    }

    void makeDue(String email) {
        jdbc.update("UPDATE portal_subscriber SET next_digest_at = now() - interval '1 minute' WHERE lower(email) = lower(?)", email);
    }

    @Test
    void a_reader_without_an_account_confirms_gets_one_digest_with_what_they_follow_and_leaves_in_one_click() throws Exception {
        String email = unique().toLowerCase() + "@example.org";
        mvc.perform(post("/follow").with(csrf()).param("email", email).param("hubs", "PRZ").param("types", "news")
                        .param("frequency", "DAILY").param("language", "SQ"))
                .andExpect(status().isOk());
        String confirmMail = text(TestMailServer.awaitMailTo(email).get(0));
        // until the address is confirmed nothing is followed
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_follow f JOIN portal_subscriber s ON s.id = f.subscriber_id "
                + "WHERE lower(s.email) = ?", Integer.class, email)).isZero();

        String confirm = token(confirmMail, "confirm");
        mvc.perform(get("/follow/confirm").param("token", confirm)).andExpect(status().isOk());
        String done = mvc.perform(post("/follow/confirm").with(csrf()).param("token", confirm)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(done).doesNotContain("portal.follow.done.invalid");

        String inPrizren = "Konsultim në Prizren " + unique();
        String news = "Lajm " + unique();
        String elsewhere = "Vendim në Pejë " + unique();
        publish("consultation", "consultation", inPrizren, "PRZ");
        publish("portal", "news", news, null);
        publish("council", "decision", elsewhere, "PEJ");
        TestMailServer.purge();
        makeDue(email);

        digests.sendDue();

        List<MimeMessage> mail = TestMailServer.awaitMailTo(email);
        assertThat(mail).hasSize(1);
        String digest = text(mail.get(0));
        assertThat(digest).contains(inPrizren).contains(news).doesNotContain(elsewhere);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_digest_sent d JOIN portal_subscriber s ON s.id = d.subscriber_id "
                + "WHERE lower(s.email) = ?", Integer.class, email)).isEqualTo(2);

        // run again, due again: the same records are never listed twice
        makeDue(email);
        digests.sendDue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_digest_sent d JOIN portal_subscriber s ON s.id = d.subscriber_id "
                + "WHERE lower(s.email) = ?", Integer.class, email)).isEqualTo(2);

        String unsubscribe = token(digest, "unsubscribe");
        mvc.perform(get("/follow/unsubscribe").param("token", unsubscribe)).andExpect(status().isOk());
        // the mail client's own button (RFC 8058): a POST to the header's link, from no page of ours, so no CSRF token
        String header = mail.get(0).getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<").endsWith(">").contains(unsubscribe);
        assertThat(mail.get(0).getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        java.net.URI link = java.net.URI.create(header.substring(1, header.length() - 1));
        mvc.perform(post(link.getPath() + "?" + link.getRawQuery()).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(subscribers(email)).isZero();
    }

    @Test
    void a_forged_unsubscribe_link_removes_nobody() throws Exception {
        String email = unique().toLowerCase() + "@example.org";
        mvc.perform(post("/follow").with(csrf()).param("email", email).param("topics", "COUNCIL")
                .param("frequency", "WEEKLY").param("language", "EN")).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM portal_subscriber WHERE lower(email) = ?", Long.class, email);
        String page = mvc.perform(post("/follow/unsubscribe").with(csrf()).param("token", id + ".forged"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(subscribers(email)).isEqualTo(1);
        assertThat(page).isNotEmpty();
    }

    @Test
    void a_confirmation_mail_is_in_the_language_chosen() throws Exception {
        String email = unique().toLowerCase() + "@example.org";
        mvc.perform(post("/follow").with(csrf()).param("email", email).param("topics", "COUNCIL")
                .param("frequency", "WEEKLY").param("language", "EN")).andExpect(status().isOk());
        assertThat(text(TestMailServer.awaitMailTo(email).get(0))).contains("Someone (most likely you)");
    }

    @Test
    void following_needs_a_valid_address_and_at_least_one_choice() throws Exception {
        String page = mvc.perform(post("/follow").with(csrf()).param("email", "not-an-address").param("frequency", "DAILY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("email-error").contains("topics-error");
        page = mvc.perform(post("/follow").with(csrf()).param("email", unique() + "@example.org").param("hubs", "XYZ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("topics-error");
    }

    @Test
    void a_logged_in_person_follows_at_once_without_a_confirmation_mail() throws Exception {
        String email = unique().toLowerCase() + "@example.org";
        RequestPostProcessor person = principal(920_000L + ThreadLocalRandom.current().nextInt(10_000), email);
        mvc.perform(post("/follow").with(person).with(csrf()).param("types", "publication").param("hubs", "GJI")
                        .param("frequency", "WEEKLY").param("language", "SR"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT confirmed_at IS NOT NULL FROM portal_subscriber WHERE lower(email) = ?",
                Boolean.class, email)).isTrue();
        String page = mvc.perform(get("/follow").with(person)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("value=\"GJI\"[^>]*checked");
        mvc.perform(post("/follow/stop").with(person).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(subscribers(email)).isZero();
    }

    static RequestPostProcessor principal(long accountId, String email) {
        return user(org.bashke.identity.Principals.of(accountId, email, email, Map.of(Role.MEMBER, Set.of())));
    }
}

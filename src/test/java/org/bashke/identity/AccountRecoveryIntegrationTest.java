package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.awaitility.Awaitility;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Forgotten passwords, changing the password and the e-mail address. */
@IntegrationTest
class AccountRecoveryIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(accounts, roles, encoder, tx);
    }

    @Test
    void a_forgotten_password_is_reset_through_the_mailed_link_once() throws Exception {
        String email = IdentityFixtures.uniqueEmail("forgetful");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        String answer = browser.post("/password/forgot", "email", email).getContentAsString();
        String unknown = IdentityFixtures.uniqueEmail("unknown");
        String answerForUnknown = browser.post("/password/forgot", "email", unknown).getContentAsString();
        assertThat(answer.replace(email, "ADDRESS")).isEqualTo(answerForUnknown.replace(unknown, "ADDRESS"));

        String link = IdentityFixtures.link(TestMailServer.awaitMailTo(email), "/password/reset?token=");
        assertThat(browser.get(link).getContentAsString()).contains("Choose a new password");
        String token = link.substring(link.indexOf("token=") + 6);

        MockHttpServletResponse weak = browser.post("/password/reset", "token", token, "password", "qwerty123456", "passwordAgain", "qwerty123456");
        assertThat(weak.getContentAsString()).contains("id=\"password-error\"");

        MockHttpServletResponse done = browser.post("/password/reset", "token", token,
                "password", "amber window falling softly", "passwordAgain", "amber window falling softly");
        assertThat(done.getRedirectedUrl()).isEqualTo("/login");
        assertThat(browser.login(email, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(new WebClient(mvc, WebClient.randomIp()).login(email, "amber window falling softly").getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.get(link).getContentAsString()).contains("This link does not work any more");
        Awaitility.await().until(() -> TestMailServer.mailTo(email).size() == 2);
        assertThat(IdentityFixtures.subjects(TestMailServer.mailTo(email))).contains("Your Bashkë password has been changed");
    }

    @Test
    void reset_requests_are_limited_per_address_without_saying_so() throws Exception {
        String email = IdentityFixtures.uniqueEmail("flooded");
        fixtures.activeAccount(email);
        for (int i = 0; i < 5; i++) {
            assertThat(new WebClient(mvc, WebClient.randomIp()).post("/password/forgot", "email", email).getStatus()).isEqualTo(200);
        }
        TestMailServer.awaitMailTo(email);
        // a sixth request, after the mail of the earlier ones has left, still sends nothing more
        String marker = IdentityFixtures.uniqueEmail("marker");
        fixtures.activeAccount(marker);
        new WebClient(mvc, WebClient.randomIp()).post("/password/forgot", "email", marker);
        TestMailServer.awaitMailTo(marker);
        assertThat(TestMailServer.mailTo(email)).hasSize(3);
    }

    @Test
    void a_member_edits_the_profile_and_the_language_follows() throws Exception {
        String email = IdentityFixtures.uniqueEmail("profile");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);

        MockHttpServletResponse invalid = browser.post("/account", "displayName", " ", "languageTag", "xx");
        assertThat(invalid.getContentAsString()).contains("id=\"displayName-error\"").contains("id=\"languageTag-error\"");

        MockHttpServletResponse saved = browser.post("/account", "displayName", "Drita Berisha", "publicProfile", "true",
                "publicBio", "Works on open budgets.", "phone", "+383 44 123 456", "languageTag", "sq");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/account");
        assertThat(saved.getCookie("bashke_lang").getValue()).isEqualTo("sq");
        var account = fixtures.reload(email);
        assertThat(account.getDisplayName()).isEqualTo("Drita Berisha");
        assertThat(account.isPublicProfile()).isTrue();
        assertThat(account.getPhone()).isEqualTo("+383 44 123 456");
        assertThat(account.getLanguageTag()).isEqualTo("sq");
    }

    @Test
    void changing_the_password_needs_the_current_one() throws Exception {
        String email = IdentityFixtures.uniqueEmail("changer");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);

        MockHttpServletResponse wrong = browser.post("/account/password", "currentPassword", "not it at all",
                "newPassword", "silver birch on the hill", "newPasswordAgain", "silver birch on the hill");
        assertThat(wrong.getContentAsString()).contains("id=\"currentPassword-error\"");

        MockHttpServletResponse ok = browser.post("/account/password", "currentPassword", IdentityFixtures.PASSWORD,
                "newPassword", "silver birch on the hill", "newPasswordAgain", "silver birch on the hill");
        assertThat(ok.getRedirectedUrl()).isEqualTo("/account");
        assertThat(encoder.matches("silver birch on the hill", fixtures.reload(email).getPasswordHash())).isTrue();
    }

    @Test
    void changing_the_email_sends_a_link_to_the_new_address_and_a_notice_to_the_old_one() throws Exception {
        String oldEmail = IdentityFixtures.uniqueEmail("old");
        String newEmail = IdentityFixtures.uniqueEmail("new");
        fixtures.activeAccount(oldEmail);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(oldEmail, IdentityFixtures.PASSWORD);

        MockHttpServletResponse wrong = browser.post("/account/email", "newEmail", newEmail, "currentPassword", "wrong password here");
        assertThat(wrong.getContentAsString()).contains("id=\"currentPassword-error\"");
        assertThat(browser.post("/account/email", "newEmail", newEmail, "currentPassword", IdentityFixtures.PASSWORD).getContentAsString())
                .contains(newEmail);

        List<MimeMessage> notice = TestMailServer.awaitMailTo(oldEmail);
        assertThat(IdentityFixtures.text(notice.get(0))).contains(newEmail);
        String link = IdentityFixtures.link(TestMailServer.awaitMailTo(newEmail), "/account/email/confirm?token=");
        assertThat(fixtures.reload(oldEmail).getEmail()).isEqualTo(oldEmail);

        assertThat(browser.get(link).getContentAsString()).contains(newEmail);

        assertThat(accounts.findByEmail(oldEmail)).isEmpty();
        assertThat(new WebClient(mvc, WebClient.randomIp()).login(newEmail, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.get("/account").getContentAsString()).contains(newEmail);
    }
}

package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
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

@IntegrationTest
class RegistrationIntegrationTest {

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

    private MockHttpServletResponse register(WebClient browser, String name, String email, String password) throws Exception {
        return browser.post("/register", "displayName", name, "email", email, "password", password,
                "passwordAgain", password, "languageTag", "en", "acceptTerms", "true");
    }

    @Test
    void a_citizen_registers_confirms_the_address_from_the_mail_and_logs_in() throws Exception {
        String email = IdentityFixtures.uniqueEmail("citizen");
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        MockHttpServletResponse sent = register(browser, "Arta Krasniqi", email, "quiet harbour evening lamp");

        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains(email);
        assertThat(fixtures.reload(email).getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(browser.login(email, "quiet harbour evening lamp").getRedirectedUrl()).isEqualTo("/login?error");

        List<MimeMessage> mail = TestMailServer.awaitMailTo(email);
        assertThat(mail.get(0).getSubject()).isEqualTo("Confirm your e-mail address for Bashkë");
        String link = IdentityFixtures.link(mail, "/register/verify?token=");
        MockHttpServletResponse verified = browser.get(link);
        assertThat(verified.getContentAsString()).contains("Your e-mail address is confirmed").contains("href=\"/login\"");
        assertThat(fixtures.reload(email).getStatus()).isEqualTo(AccountStatus.ACTIVE);

        assertThat(browser.login(email, "quiet harbour evening lamp").getRedirectedUrl()).isEqualTo("/");
        // the link works once
        assertThat(new WebClient(mvc, WebClient.randomIp()).get(link).getContentAsString()).contains("This link does not work any more");
    }

    @Test
    void a_weak_password_is_refused_next_to_the_field_and_nothing_is_created() throws Exception {
        String email = IdentityFixtures.uniqueEmail("weak");
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        MockHttpServletResponse page = browser.post("/register", "displayName", "Weak Person", "email", email,
                "password", "password1234", "passwordAgain", "password1234", "languageTag", "en", "acceptTerms", "true");

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("error-summary").contains("id=\"password-error\"").contains("This password is one of the most commonly used");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void registering_an_address_that_has_an_account_looks_the_same_and_tells_the_owner() throws Exception {
        String email = IdentityFixtures.uniqueEmail("owner");
        fixtures.activeAccount(email);
        String fresh = IdentityFixtures.uniqueEmail("fresh");
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        String forExisting = register(browser, "Someone Else", email, "copper kettle morning tide").getContentAsString();
        String forNew = register(browser, "Someone Else", fresh, "copper kettle morning tide").getContentAsString();

        assertThat(forExisting.replace(email, "ADDRESS")).isEqualTo(forNew.replace(fresh, "ADDRESS"));
        List<MimeMessage> notice = TestMailServer.awaitMailTo(email);
        assertThat(IdentityFixtures.subjects(notice)).contains("Someone tried to register on Bashkë with your address");
        assertThat(IdentityFixtures.text(notice.get(0))).contains("/password/forgot").doesNotContain("/register/verify");
        assertThat(fixtures.reload(email).getDisplayName()).isEqualTo("Test Person");
    }

    @Test
    void a_lost_verification_mail_can_be_sent_again() throws Exception {
        String email = IdentityFixtures.uniqueEmail("resend");
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        register(browser, "Resend Person", email, "violet meadow under stars");
        String first = IdentityFixtures.link(TestMailServer.awaitMailTo(email), "/register/verify?token=");

        browser.post("/register/resend", "email", email);

        org.awaitility.Awaitility.await().until(() -> TestMailServer.mailTo(email).size() == 2);
        List<MimeMessage> mails = TestMailServer.mailTo(email);
        String second = IdentityFixtures.link(List.of(mails.get(1)), "/register/verify?token=");
        assertThat(second).isNotEqualTo(first);
        // the newest link replaces the old one
        assertThat(browser.get(first).getContentAsString()).contains("This link does not work any more");
        assertThat(browser.get(second).getContentAsString()).contains("Your e-mail address is confirmed");
    }
}

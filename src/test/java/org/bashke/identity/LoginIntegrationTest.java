package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class LoginIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(accounts, roles, encoder, tx);
    }

    @Test
    void a_member_logs_in_with_email_and_password_and_sees_their_account() throws Exception {
        String email = IdentityFixtures.uniqueEmail("member");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        MockHttpServletResponse login = browser.login(email.toUpperCase(), IdentityFixtures.PASSWORD);

        assertThat(login.getRedirectedUrl()).isEqualTo("/");
        MockHttpServletResponse account = browser.get("/account");
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getContentAsString()).contains(email).contains("Test Person");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'identity.login.succeeded' and actor = ?",
                Long.class, email)).isEqualTo(1);
    }

    @Test
    void the_session_id_changes_at_login() throws Exception {
        String email = IdentityFixtures.uniqueEmail("fixation");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.get("/login");
        String before = browser.sessionCookie();
        assertThat(before).isNotNull();

        browser.login(email, IdentityFixtures.PASSWORD);

        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void login_sets_the_language_cookie_from_the_account() throws Exception {
        String email = IdentityFixtures.uniqueEmail("language");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        MockHttpServletResponse login = browser.login(email, IdentityFixtures.PASSWORD);

        assertThat(login.getCookie("bashke_lang")).isNotNull();
        assertThat(login.getCookie("bashke_lang").getValue()).isEqualTo("en");
    }

    @Test
    void unknown_address_wrong_password_and_unverified_account_get_the_same_answer() throws Exception {
        String verified = IdentityFixtures.uniqueEmail("known");
        fixtures.activeAccount(verified);
        String pending = IdentityFixtures.uniqueEmail("pending");
        tx.executeWithoutResult(s -> accounts.save(org.bashke.identity.account.Account.registered(pending, "Pending Person",
                encoder.encode(IdentityFixtures.PASSWORD), "sq", java.time.Instant.now())));
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        String unknown = browser.login(IdentityFixtures.uniqueEmail("nobody"), IdentityFixtures.PASSWORD).getRedirectedUrl();
        String wrong = browser.login(verified, "not the right password").getRedirectedUrl();
        String unverified = browser.login(pending, IdentityFixtures.PASSWORD).getRedirectedUrl();

        assertThat(unknown).isEqualTo("/login?error");
        assertThat(wrong).isEqualTo(unknown);
        assertThat(unverified).isEqualTo(unknown);
        assertThat(browser.get("/login?error").getContentAsString()).contains("The e-mail address or password is not right")
                .doesNotContain(verified);
    }

    @Test
    void after_five_wrong_passwords_the_right_one_is_refused_too_with_the_same_message() throws Exception {
        String email = IdentityFixtures.uniqueEmail("throttled");
        fixtures.activeAccount(email);
        WebClient attacker = new WebClient(mvc, WebClient.randomIp());
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.login(email, "guess number " + i).getRedirectedUrl()).isEqualTo("/login?error");
        }

        MockHttpServletResponse sixth = attacker.login(email, IdentityFixtures.PASSWORD);

        assertThat(sixth.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(attacker.get("/account").getStatus()).isNotEqualTo(200);
        // the owner, from another address, is locked out of this account for the window as well
        WebClient owner = new WebClient(mvc, WebClient.randomIp());
        assertThat(owner.login(email, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void another_account_from_the_same_address_still_logs_in_until_the_address_limit() throws Exception {
        String first = IdentityFixtures.uniqueEmail("first");
        String second = IdentityFixtures.uniqueEmail("second");
        fixtures.activeAccount(first);
        fixtures.activeAccount(second);
        String ip = WebClient.randomIp();
        WebClient attacker = new WebClient(mvc, ip);
        for (int i = 0; i < 5; i++) {
            attacker.login(first, "guess number " + i);
        }

        assertThat(new WebClient(mvc, ip).login(second, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");

        // 15 more failures on other addresses make 20 from this client: now it is the address that is refused
        for (int i = 0; i < 15; i++) {
            attacker.login(IdentityFixtures.uniqueEmail("spray"), "guess number " + i);
        }
        assertThat(new WebClient(mvc, ip).login(second, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(new WebClient(mvc, WebClient.randomIp()).login(second, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void the_account_pages_need_a_login() throws Exception {
        MockHttpServletResponse response = new WebClient(mvc, WebClient.randomIp()).get("/account");
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}

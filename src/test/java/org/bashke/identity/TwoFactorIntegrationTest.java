package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class TwoFactorIntegrationTest {

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

    /** Sets up TOTP through the pages; returns the recovery codes shown. */
    private List<String> enrol(WebClient browser, String email) throws Exception {
        MockHttpServletResponse setup = browser.get("/account/2fa/setup");
        assertThat(setup.getStatus()).isEqualTo(200);
        assertThat(setup.getContentAsString()).contains("src=\"data:image/png;base64,");
        String secret = fixtures.reload(email).getTotpSecret();
        assertThat(secret).isNull();
        Matcher m = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(setup.getContentAsString());
        assertThat(m.find()).isTrue();
        String shown = m.group(1).replace(" ", "");

        MockHttpServletResponse wrong = browser.post("/account/2fa/setup", "code", "000000".equals(IdentityFixtures.currentCode(shown)) ? "111111" : "000000");
        assertThat(wrong.getContentAsString()).contains("id=\"code-error\"");

        MockHttpServletResponse ok = browser.post("/account/2fa/setup", "code", IdentityFixtures.currentCode(shown));
        assertThat(ok.getRedirectedUrl()).isEqualTo("/account/2fa/recovery-codes");
        String codesPage = browser.get("/account/2fa/recovery-codes").getContentAsString();
        List<String> codes = new ArrayList<>();
        Matcher c = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>").matcher(codesPage);
        while (c.find()) {
            codes.add(c.group(1));
        }
        assertThat(codes).hasSize(10);
        assertThat(fixtures.reload(email).getTotpSecret()).isEqualTo(shown);
        // shown once only
        assertThat(browser.get("/account/2fa/recovery-codes").getRedirectedUrl()).isEqualTo("/account/2fa");
        return codes;
    }

    @Test
    void with_two_step_login_the_password_alone_opens_nothing_and_the_code_does() throws Exception {
        String email = IdentityFixtures.uniqueEmail("totp");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);
        List<String> recovery = enrol(browser, email);
        browser.post("/logout");

        WebClient again = new WebClient(mvc, WebClient.randomIp());
        assertThat(again.login(email, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/login/2fa");
        String halfway = again.sessionCookie();
        assertThat(again.get("/account").getRedirectedUrl()).isEqualTo("/login/2fa");
        assertThat(again.get("/").getContentAsString()).doesNotContain("action=\"/logout\"");

        assertThat(again.post("/login/2fa", "code", "12345").getContentAsString()).contains("id=\"code-error\"");
        String secret = fixtures.reload(email).getTotpSecret();
        // the code used at enrolment is spent; the app's next code is accepted within the drift window
        MockHttpServletResponse done = again.post("/login/2fa", "code", IdentityFixtures.nextCode(secret));

        assertThat(done.getRedirectedUrl()).isEqualTo("/");
        assertThat(again.sessionCookie()).isNotEqualTo(halfway);
        assertThat(again.get("/account").getStatus()).isEqualTo(200);

        // a recovery code works once
        WebClient lostPhone = new WebClient(mvc, WebClient.randomIp());
        lostPhone.login(email, IdentityFixtures.PASSWORD);
        assertThat(lostPhone.post("/login/2fa", "code", recovery.get(3).toUpperCase()).getRedirectedUrl()).isEqualTo("/");
        WebClient reuse = new WebClient(mvc, WebClient.randomIp());
        reuse.login(email, IdentityFixtures.PASSWORD);
        assertThat(reuse.post("/login/2fa", "code", recovery.get(3)).getStatus()).isEqualTo(200);
        assertThat(reuse.get("/account").getRedirectedUrl()).isEqualTo("/login/2fa");
    }

    @Test
    void a_code_that_opened_a_session_cannot_open_another() throws Exception {
        String email = IdentityFixtures.uniqueEmail("replay");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);
        enrol(browser, email);
        String secret = fixtures.reload(email).getTotpSecret();
        String code = IdentityFixtures.nextCode(secret);

        WebClient first = new WebClient(mvc, WebClient.randomIp());
        first.login(email, IdentityFixtures.PASSWORD);
        assertThat(first.post("/login/2fa", "code", code).getRedirectedUrl()).isEqualTo("/");

        WebClient eavesdropper = new WebClient(mvc, WebClient.randomIp());
        eavesdropper.login(email, IdentityFixtures.PASSWORD);
        assertThat(eavesdropper.post("/login/2fa", "code", code).getContentAsString()).contains("id=\"code-error\"");
        assertThat(eavesdropper.get("/account").getRedirectedUrl()).isEqualTo("/login/2fa");
    }

    @Test
    void the_code_step_is_throttled() throws Exception {
        String email = IdentityFixtures.uniqueEmail("codeguess");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);
        enrol(browser, email);
        String secret = fixtures.reload(email).getTotpSecret();

        WebClient guesser = new WebClient(mvc, WebClient.randomIp());
        guesser.login(email, IdentityFixtures.PASSWORD);
        for (int i = 0; i < 5; i++) {
            guesser.post("/login/2fa", "code", "99999" + i);
        }
        assertThat(guesser.post("/login/2fa", "code", IdentityFixtures.currentCode(secret)).getContentAsString()).contains("id=\"code-error\"");
    }

    @Test
    void a_secretariat_member_without_two_step_login_can_only_enrol_after_the_password() throws Exception {
        String email = IdentityFixtures.uniqueEmail("secretariat");
        fixtures.activeAccount(email, Role.SECRETARIAT);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());

        assertThat(browser.login(email, IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/account/2fa/setup");
        assertThat(browser.get("/account").getRedirectedUrl()).isEqualTo("/account/2fa/setup");
        assertThat(browser.get("/admin").getRedirectedUrl()).isEqualTo("/account/2fa/setup");
        assertThat(browser.get("/login/2fa").getStatus()).isNotEqualTo(200);
        String halfway = browser.sessionCookie();

        enrol(browser, email);

        assertThat(browser.sessionCookie()).isNotEqualTo(halfway);
        assertThat(browser.get("/account").getStatus()).isEqualTo(200);
        // a role that requires it: two-step login cannot be switched off
        MockHttpServletResponse off = browser.post("/account/2fa/disable", "password", IdentityFixtures.PASSWORD);
        assertThat(off.getStatus()).isEqualTo(200);
        assertThat(fixtures.reload(email).hasTotp()).isTrue();
    }

    @Test
    void a_member_can_switch_two_step_login_off_with_the_password() throws Exception {
        String email = IdentityFixtures.uniqueEmail("switcher");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);
        enrol(browser, email);

        // new recovery codes replace the old ones, with the password
        assertThat(browser.post("/account/2fa/recovery-codes", "password", "wrong password").getContentAsString()).contains("codes-password-error");
        assertThat(browser.post("/account/2fa/recovery-codes", "password", IdentityFixtures.PASSWORD).getRedirectedUrl())
                .isEqualTo("/account/2fa/recovery-codes");
        assertThat(browser.get("/account/2fa/recovery-codes").getContentAsString()).contains("<code>");

        assertThat(browser.post("/account/2fa/disable", "password", "wrong password").getContentAsString()).contains("disable-password-error");
        assertThat(browser.post("/account/2fa/disable", "password", IdentityFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/account/2fa");
        assertThat(fixtures.reload(email).hasTotp()).isFalse();
    }
}

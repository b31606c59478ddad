package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/** Every page of the module renders in each language, with one h1, for visitors and members. */
@IntegrationTest
class IdentityPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;

    static final List<String> PUBLIC_PAGES = List.of("/login", "/login?error", "/register", "/register/resend",
            "/register/verify?token=nope", "/password/forgot", "/password/reset?token=nope", "/account/email/confirm?token=nope");
    static final List<String> MEMBER_PAGES = List.of("/account", "/account/password", "/account/email", "/account/2fa",
            "/account/2fa/setup");

    @ParameterizedTest
    @ValueSource(strings = {"sq", "sr-Latn", "sr-Cyrl", "en"})
    void every_page_renders_in_every_language(String language) throws Exception {
        for (String page : PUBLIC_PAGES) {
            check(mvc.perform(MockMvcRequestBuilders.get(page).cookie(new Cookie("bashke_lang", language))).andReturn().getResponse(),
                    page, language);
        }
        String email = IdentityFixtures.uniqueEmail("pages");
        new IdentityFixtures(accounts, roles, encoder, tx).activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);
        browser.get("/?lang=" + language);
        for (String page : MEMBER_PAGES) {
            check(browser.get(page), page, language);
        }
    }

    private static void check(MockHttpServletResponse response, String page, String language) throws Exception {
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).as(page).contains("<html lang=\"" + language + "\">");
        assertThat(html.split("<h1").length - 1).as(page + " has one h1").isEqualTo(1);
        assertThat(html).as(page).doesNotContain("??");
    }
}

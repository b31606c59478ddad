package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.Set;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.identity.security.BashkeUser;
import org.bashke.identity.security.SecondFactor;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CurrentUserIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CurrentUser currentUser;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(accounts, roles, encoder, tx);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(Object principal, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal instanceof BashkeUser u ? u.getAuthorities() : AuthorityUtils.createAuthorityList(authorities)));
    }

    @Test
    void a_government_officer_acts_for_their_institution_only() {
        actAs(BashkeUser.of(7L, "officer@example.org", "Officer", Map.of(Role.GOVERNMENT_OFFICER, Set.of(42L))));

        assertThat(currentUser.get()).hasValueSatisfying(u -> assertThat(u.accountId()).isEqualTo(7L));
        assertThat(currentUser.has(Role.GOVERNMENT_OFFICER)).isTrue();
        assertThat(currentUser.has(Role.MEMBER)).isTrue();
        assertThat(currentUser.has(Role.SECRETARIAT)).isFalse();
        assertThat(currentUser.actsFor(Role.GOVERNMENT_OFFICER, 42L)).isTrue();
        assertThat(currentUser.actsFor(Role.GOVERNMENT_OFFICER, 43L)).isFalse();
        assertThat(currentUser.scopes(Role.GOVERNMENT_OFFICER)).containsExactly(42L);
        assertThat(currentUser.actorName()).isEqualTo("Officer");
    }

    @Test
    void an_admin_is_also_secretariat_but_acts_for_no_institution_by_that() {
        actAs(BashkeUser.of(8L, "admin@example.org", "Admin", Map.of(Role.ADMIN, Set.of())));

        assertThat(currentUser.has(Role.SECRETARIAT)).isTrue();
        assertThat(currentUser.actsFor(Role.GOVERNMENT_OFFICER, 42L)).isFalse();
    }

    @Test
    void someone_who_still_owes_the_second_factor_is_nobody() {
        BashkeUser user = BashkeUser.of(9L, "half@example.org", "Half", Map.of(Role.SECRETARIAT, Set.of()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(SecondFactor.PASSWORD_ONLY, SecondFactor.CODE_REQUIRED)));

        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.has(Role.MEMBER)).isFalse();
        assertThat(currentUser.actorName()).isEqualTo("anonymous");
    }

    @Test
    void a_plain_spring_user_without_account_has_only_its_granted_roles_and_no_scopes() {
        actAs(User.withUsername("tester").password("x").roles("HUB_COORDINATOR").build(), "ROLE_HUB_COORDINATOR");

        assertThat(currentUser.has(Role.HUB_COORDINATOR)).isTrue();
        assertThat(currentUser.has(Role.MEMBER)).isTrue();
        assertThat(currentUser.scopes(Role.HUB_COORDINATOR)).isEmpty();
        assertThat(currentUser.get()).hasValueSatisfying(u -> assertThat(u.accountId()).isNull());
    }

    @Test
    void a_plain_spring_user_with_an_account_gets_its_account_and_scoped_roles() {
        String email = IdentityFixtures.uniqueEmail("plain");
        long id = fixtures.activeAccount(email, Role.CSO_REPRESENTATIVE).getId();
        actAs(User.withUsername(email).password("x").roles("MEMBER").build(), "ROLE_MEMBER");

        assertThat(currentUser.accountId()).contains(id);
        assertThat(currentUser.actsFor(Role.CSO_REPRESENTATIVE, 1L)).isTrue();
    }

    @Test
    void the_page_frame_shows_the_back_office_link_to_the_secretariat_only() throws Exception {
        String staff = mvc.perform(get("/").with(user(BashkeUser.of(9L, "sek@example.org", "Sekretariati", Map.of(Role.SECRETARIAT, Set.of())))))
                .andReturn().getResponse().getContentAsString();
        String hubCoordinator = mvc.perform(get("/").with(user(BashkeUser.of(10L, "hub@example.org", "Hub", Map.of(Role.HUB_COORDINATOR, Set.of(3L))))))
                .andReturn().getResponse().getContentAsString();
        String member = mvc.perform(get("/").with(user(BashkeUser.of(11L, "m@example.org", "Member", Map.of()))))
                .andReturn().getResponse().getContentAsString();
        String visitor = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

        assertThat(staff).contains("href=\"/admin\"").contains("href=\"/account\"");
        assertThat(member).doesNotContain("href=\"/admin\"").contains("href=\"/account\"");
        assertThat(hubCoordinator).as("/admin is the secretariat's").doesNotContain("href=\"/admin\"").contains("href=\"/account\"");
        assertThat(visitor).doesNotContain("href=\"/account\"").contains("href=\"/login\"");
    }

    @Test
    void choosing_a_language_while_logged_in_is_kept_with_the_account() throws Exception {
        String email = IdentityFixtures.uniqueEmail("polyglot");
        fixtures.activeAccount(email);
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        browser.login(email, IdentityFixtures.PASSWORD);

        browser.get("/?lang=sr-Cyrl");

        assertThat(fixtures.reload(email).getLanguageTag()).isEqualTo("sr-Cyrl");
    }
}

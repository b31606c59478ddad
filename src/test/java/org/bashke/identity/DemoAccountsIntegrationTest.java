package org.bashke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bashke.directory.Directory;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoAccountsIntegrationTest {

    final MockMvc mvc;
    final AccountRepository accounts;
    final RoleAssignmentRepository roles;
    final Directory directory;

    @Autowired
    DemoAccountsIntegrationTest(MockMvc mvc, AccountRepository accounts, RoleAssignmentRepository roles, Directory directory) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.roles = roles;
        this.directory = directory;
    }

    private List<RoleAssignment> rolesOf(String email) {
        Account account = accounts.findByEmail(email).orElseThrow();
        return roles.findByAccountIdAndRevokedAtIsNull(account.getId());
    }

    @Test
    void the_demo_admin_logs_in_with_the_published_password_and_totp_key() throws Exception {
        WebClient browser = new WebClient(mvc, WebClient.randomIp());
        assertThat(browser.login("admin@bashke.demo", "bashke-demo-2026").getRedirectedUrl()).isEqualTo("/login/2fa");
        String code = IdentityFixtures.currentCode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(browser.post("/login/2fa", "code", code).getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.get("/account").getStatus()).isEqualTo(200);
    }

    @Test
    void every_role_has_a_demo_account_scoped_to_the_demo_directory() {
        assertThat(rolesOf("admin@bashke.demo")).extracting(RoleAssignment::getRole).containsExactly(Role.ADMIN);
        assertThat(rolesOf("sekretariati@bashke.demo")).extracting(RoleAssignment::getRole).containsExactly(Role.SECRETARIAT);
        assertThat(rolesOf("keshilli@bashke.demo")).extracting(RoleAssignment::getRole).containsExactly(Role.COUNCIL_MEMBER);
        assertThat(rolesOf("anetar@bashke.demo")).isEmpty();

        RoleAssignment hub = rolesOf("qendra.prizren@bashke.demo").get(0);
        assertThat(directory.hub(hub.getScopeId()).orElseThrow().code()).isEqualTo("PRZ");
        RoleAssignment officer = rolesOf("zyra@bashke.demo").get(0);
        assertThat(officer.getRole()).isEqualTo(Role.GOVERNMENT_OFFICER);
        assertThat(directory.organisation(officer.getScopeId()).orElseThrow().acronym()).isEqualTo("ZQM");
        assertThat(rolesOf("oshc@bashke.demo").get(0).getRole()).isEqualTo(Role.CSO_REPRESENTATIVE);
        assertThat(accounts.findByEmail("zyra@bashke.demo").orElseThrow().hasTotp()).isTrue();
        assertThat(accounts.findByEmail("oshc@bashke.demo").orElseThrow().hasTotp()).isFalse();
    }
}

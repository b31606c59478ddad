package org.bashke.identity.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.Accounts;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class UserAdministrationTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository assignments;
    @Autowired AffiliationRepository affiliations;
    @Autowired Accounts accountsFacade;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;

    private final Directory directory;

    UserAdministrationTest(@Autowired Directory directory) {
        this.directory = directory;
    }

    static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static RequestPostProcessor secretariat() {
        return user(unique("secretariat")).roles("SECRETARIAT");
    }

    Account person(String name, boolean publicProfile) {
        Account account = Account.invited(unique("person"), name, "{bcrypt}not-a-real-hash", "sq", Instant.now());
        account.updateProfile(name, publicProfile, publicProfile ? "Works on open data." : null, null, Instant.now());
        return accounts.saveAndFlush(account);
    }

    OrganisationSummary organisation(String name, OrganisationType type) {
        List<OrganisationSummary> found = directory.findOrganisations(name, type, 1);
        assertThat(found).as("demo organisation " + name).isNotEmpty();
        return found.get(0);
    }

    String message(String key) {
        return messages.getMessage(key, null, ALBANIAN).replace("'", "&#39;").replace("\"", "&quot;");
    }

    long audited(String action, String recordType, Object recordId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = ? and record_id = ?",
                Long.class, action, recordType, String.valueOf(recordId));
    }

    @SuppressWarnings("unchecked")
    <S extends Session> void openSession(String principal) {
        FindByIndexNameSessionRepository<S> repository = (FindByIndexNameSessionRepository<S>) sessions;
        S session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
        repository.save(session);
    }

    @Test
    void a_member_cannot_reach_the_administration() throws Exception {
        mvc.perform(get("/admin").with(user(unique("member")).roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(unique("officer")).roles("GOVERNMENT_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(secretariat())).andExpect(status().isOk());
    }

    @Test
    void the_secretariat_finds_an_account_by_name_and_by_role() throws Exception {
        Account findMe = person("Zana Findable " + UUID.randomUUID().toString().substring(0, 6), false);
        String page = mvc.perform(get("/admin/users").param("q", findMe.getDisplayName().toLowerCase(Locale.ROOT)).with(secretariat()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(findMe.getEmail());
        page = mvc.perform(get("/admin/users").param("q", findMe.getDisplayName()).param("role", "COUNCIL_MEMBER").with(secretariat()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(findMe.getEmail());
    }

    @Test
    void the_secretariat_grants_an_officer_role_for_a_ministry_and_the_grant_is_audited() throws Exception {
        Account officer = person("Driton Officer", false);
        OrganisationSummary ministry = organisation("Ministria e Drejtësisë", OrganisationType.PUBLIC_INSTITUTION);

        mvc.perform(post("/admin/users/" + officer.getId() + "/roles").with(secretariat()).with(csrf())
                        .param("role", "GOVERNMENT_OFFICER").param("organisationId", String.valueOf(ministry.id())))
                .andExpect(status().is3xxRedirection());

        RoleAssignment granted = assignments.findByAccountIdAndRevokedAtIsNull(officer.getId()).get(0);
        assertThat(granted.getRole()).isEqualTo(Role.GOVERNMENT_OFFICER);
        assertThat(granted.getScopeId()).isEqualTo(ministry.id());
        assertThat(audited("identity.role.granted", "role_assignment", granted.getId())).isEqualTo(1);
        String page = mvc.perform(get("/admin/users/" + officer.getId()).with(secretariat())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ministry.name().display(ALBANIAN));

        // the same grant again: a clear message, not a database error
        page = mvc.perform(post("/admin/users/" + officer.getId() + "/roles").with(secretariat()).with(csrf())
                        .param("role", "GOVERNMENT_OFFICER").param("organisationId", String.valueOf(ministry.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.ALREADY_HELD"));
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(officer.getId())).hasSize(1);
    }

    @Test
    void a_secretariat_member_cannot_grant_admin() throws Exception {
        Account someone = person("Ardit Ambitious", false);
        String page = mvc.perform(post("/admin/users/" + someone.getId() + "/roles").with(secretariat()).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.ONLY_ADMIN_GRANTS_STAFF"));
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(someone.getId())).isEmpty();

        mvc.perform(post("/admin/users/" + someone.getId() + "/roles").with(user(unique("admin")).roles("ADMIN")).with(csrf())
                .param("role", "SECRETARIAT")).andExpect(status().is3xxRedirection());
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(someone.getId())).extracting(RoleAssignment::getRole)
                .containsExactly(Role.SECRETARIAT);
    }

    @Test
    void granting_a_government_officer_scoped_to_a_cso_is_refused_with_a_message() throws Exception {
        Account someone = person("Lule Misplaced", false);
        OrganisationSummary cso = organisation("Instituti për Politika Publike", OrganisationType.CSO);
        String page = mvc.perform(post("/admin/users/" + someone.getId() + "/roles").with(secretariat()).with(csrf())
                        .param("role", "GOVERNMENT_OFFICER").param("organisationId", String.valueOf(cso.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.OFFICER_NEEDS_INSTITUTION"));
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(someone.getId())).isEmpty();
    }

    @Test
    void the_secretariat_revokes_a_role_and_the_history_keeps_it() throws Exception {
        Account member = person("Blerta Council", false);
        mvc.perform(post("/admin/users/" + member.getId() + "/roles").with(secretariat()).with(csrf()).param("role", "COUNCIL_MEMBER"))
                .andExpect(status().is3xxRedirection());
        RoleAssignment held = assignments.findByAccountIdAndRevokedAtIsNull(member.getId()).get(0);

        mvc.perform(post("/admin/users/" + member.getId() + "/roles/" + held.getId() + "/revoke").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(member.getId())).isEmpty();
        assertThat(assignments.findById(held.getId()).orElseThrow().getRevokedAt()).isNotNull();
        assertThat(audited("identity.role.revoked", "role_assignment", held.getId())).isEqualTo(1);
        assertThat(accountsFacade.holders(Role.COUNCIL_MEMBER, null)).noneMatch(a -> a.id() == member.getId());
    }

    @Test
    void a_secretariat_member_cannot_revoke_an_admin_role() throws Exception {
        Account admin = person("Agon Admin", false);
        mvc.perform(post("/admin/users/" + admin.getId() + "/roles").with(user(unique("admin")).roles("ADMIN")).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        RoleAssignment held = assignments.findByAccountIdAndRevokedAtIsNull(admin.getId()).get(0);

        String page = mvc.perform(post("/admin/users/" + admin.getId() + "/roles/" + held.getId() + "/revoke").with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.ONLY_ADMIN_REVOKES_STAFF"));
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(admin.getId())).hasSize(1);
    }

    @Test
    void an_admin_cannot_revoke_their_own_admin_role() throws Exception {
        Account admin = person("Self Admin", false);
        mvc.perform(post("/admin/users/" + admin.getId() + "/roles").with(user(unique("admin")).roles("ADMIN")).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        RoleAssignment held = assignments.findByAccountIdAndRevokedAtIsNull(admin.getId()).get(0);

        String page = mvc.perform(post("/admin/users/" + admin.getId() + "/roles/" + held.getId() + "/revoke")
                        .with(user(admin.getEmail()).roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.OWN_ADMIN"));
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(admin.getId())).hasSize(1);
    }

    @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void the_secretariat_disables_and_enables_an_account_with_an_audit_trail_and_its_sessions_end() throws Exception {
        Account someone = person("Dora Disabled", false);
        openSession(someone.getEmail());
        assertThat(sessions.findByPrincipalName(someone.getEmail())).hasSize(1);
        mvc.perform(post("/admin/users/" + someone.getId() + "/disable").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(someone.getId()).orElseThrow().getStatus()).isEqualTo(AccountStatus.DISABLED);
        assertThat(audited("identity.account.disabled", "account", someone.getId())).isEqualTo(1);
        String after = jdbc.queryForObject("select after_json from audit_entry where action = 'identity.account.disabled' and record_id = ?",
                String.class, String.valueOf(someone.getId()));
        assertThat(after).contains("DISABLED").doesNotContain("bcrypt");
        assertThat(sessions.findByPrincipalName(someone.getEmail())).as("a disabled account is logged out everywhere").isEmpty();

        mvc.perform(post("/admin/users/" + someone.getId() + "/enable").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(someone.getId()).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_claimed_affiliation_verified_by_the_secretariat_shows_on_the_public_person_page() throws Exception {
        Account member = person("Teuta Public", true);
        OrganisationSummary cso = organisation("Qendra për Zhvillimin e Shoqërisë Civile", OrganisationType.CSO);
        String csoName = cso.name().display(ALBANIAN);

        mvc.perform(post("/account/organisations").with(user(member.getEmail()).roles("MEMBER")).with(csrf())
                        .param("organisationId", String.valueOf(cso.id())).param("position", "Programme officer"))
                .andExpect(status().is3xxRedirection());
        Affiliation claimed = affiliations.findByAccountIdOrderByRequestedAtDesc(member.getId()).get(0);
        assertThat(claimed.getStatus()).isEqualTo(AffiliationStatus.CLAIMED);
        assertThat(mvc.perform(get("/people/" + member.getId())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("a claim alone is not public").doesNotContain(csoName);
        assertThat(mvc.perform(get("/admin/affiliations").with(secretariat())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(member.getEmail());

        mvc.perform(post("/admin/affiliations/" + claimed.getId() + "/verify").with(secretariat()).with(csrf())
                .param("grantRepresentative", "true")).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/people/" + member.getId())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(csoName).contains("Programme officer");
        assertThat(mvc.perform(get("/people").param("q", "Teuta Public")).andReturn().getResponse().getContentAsString()).contains(csoName);
        assertThat(accountsFacade.verifiedOrganisations(member.getId())).containsExactly(cso.id());
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(member.getId()))
                .extracting(RoleAssignment::getRole, RoleAssignment::getScopeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.CSO_REPRESENTATIVE, cso.id()));
        assertThat(audited("identity.affiliation.claimed", "affiliation", claimed.getId())).isEqualTo(1);
        assertThat(audited("identity.affiliation.verified", "affiliation", claimed.getId())).isEqualTo(1);
        assertThat((String) TestMailServer.awaitMailTo(member.getEmail()).get(0).getContent()).contains(csoName);
    }

    @Test
    void a_rejected_claim_is_mailed_with_its_reason_and_a_reason_is_required() throws Exception {
        Account member = person("Rina Rejected", true);
        OrganisationSummary cso = organisation("Instituti për Politika Publike", OrganisationType.CSO);
        mvc.perform(post("/account/organisations").with(user(member.getEmail()).roles("MEMBER")).with(csrf())
                .param("organisationId", String.valueOf(cso.id()))).andExpect(status().is3xxRedirection());
        Affiliation claimed = affiliations.findByAccountIdOrderByRequestedAtDesc(member.getId()).get(0);

        String page = mvc.perform(post("/admin/affiliations/" + claimed.getId() + "/reject").with(secretariat()).with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.affiliation.reject.reason.missing"));
        assertThat(affiliations.findById(claimed.getId()).orElseThrow().getStatus()).isEqualTo(AffiliationStatus.CLAIMED);

        mvc.perform(post("/admin/affiliations/" + claimed.getId() + "/reject").with(secretariat()).with(csrf())
                .param("reason", "The organisation does not know you.")).andExpect(status().is3xxRedirection());
        assertThat(affiliations.findById(claimed.getId()).orElseThrow().getStatus()).isEqualTo(AffiliationStatus.REJECTED);
        assertThat((String) TestMailServer.awaitMailTo(member.getEmail()).get(0).getContent()).contains("The organisation does not know you.");
        page = mvc.perform(post("/admin/affiliations/" + claimed.getId() + "/verify").with(secretariat()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("a claim decided meanwhile").contains(message("identity.affiliation.decide.already"));
        assertThat(affiliations.findById(claimed.getId()).orElseThrow().getStatus()).isEqualTo(AffiliationStatus.REJECTED);
        assertThat(mvc.perform(get("/people/" + member.getId())).andReturn().getResponse().getContentAsString())
                .doesNotContain(cso.name().display(ALBANIAN));
    }

    @Test
    void a_person_without_a_public_profile_or_an_unknown_id_is_not_found() throws Exception {
        Account hidden = person("Hidden Person", false);
        mvc.perform(get("/people/" + hidden.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/people/987654321")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/people").param("q", "Hidden Person")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/people/" + hidden.getId() + "\"");
    }

    @Test
    void an_organisation_is_found_without_javascript_by_a_get_search_on_the_grant_and_invitation_forms() throws Exception {
        Account someone = person("Search Step", false);
        OrganisationSummary ministry = organisation("Ministria e Financave", OrganisationType.PUBLIC_INSTITUTION);
        String radio = "value=\"" + ministry.id() + "\"";

        String page = mvc.perform(get("/admin/users/" + someone.getId()).param("orgQuery", "Ministria e Financave")
                        .param("orgType", "PUBLIC_INSTITUTION").with(secretariat()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(radio).contains(ministry.name().display(ALBANIAN)).contains("hx-select=\"#organisation-options\"");

        page = mvc.perform(get("/admin/invitations/new").param("orgQuery", "Ministria e Financave").with(secretariat()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(radio).contains("name=\"languageTag\"");

        page = mvc.perform(get("/account/organisations").param("orgQuery", "Ministria e Financave")
                        .with(user(someone.getEmail()).roles("MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(radio);
    }

    @Test
    void the_dashboard_links_the_audit_log_and_outbox_only_for_admins() throws Exception {
        String secretariatPage = mvc.perform(get("/admin").with(secretariat())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(secretariatPage).contains("href=\"/admin/affiliations\"").contains("href=\"/admin/invitations\"")
                .doesNotContain("<h2>" + messages.getMessage("identity.admin.dashboard.system", null, ALBANIAN));
        String adminPage = mvc.perform(get("/admin").with(user(unique("admin")).roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("<h2>" + messages.getMessage("identity.admin.dashboard.system", null, ALBANIAN));
    }

    @Test
    void the_demo_cso_representative_is_listed_in_public_with_the_cso_they_act_for() throws Exception {
        Account representative = accounts.findByEmail("oshc@bashke.demo").orElseThrow();
        List<Long> organisations = accountsFacade.verifiedOrganisations(representative.getId());
        assertThat(organisations).hasSize(1);
        String page = mvc.perform(get("/people").param("q", representative.getDisplayName())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/people/" + representative.getId())
                .contains(directory.organisation(organisations.get(0)).orElseThrow().name().display(ALBANIAN));
    }
}

package org.bashke.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.account.PasswordPolicy;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InvitationJourneyTest {

    static final Pattern LINK = Pattern.compile("http://[^\\s]+/invitation/([A-Za-z0-9_-]{20,})\\?lang=([A-Za-z-]+)");
    static final String GOOD_PASSWORD = "violet harbour lantern 1987";

    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired RoleAssignmentRepository assignments;
    @Autowired InvitationRepository invitations;
    @Autowired Accounts accountsFacade;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;

    private final Directory directory;

    InvitationJourneyTest(@Autowired Directory directory) {
        this.directory = directory;
    }
    @Autowired PasswordEncoder encoder;

    static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    OrganisationSummary ministry() {
        List<OrganisationSummary> found = directory.findOrganisations("Ministria e Financave", OrganisationType.PUBLIC_INSTITUTION, 1);
        assertThat(found).as("the demo data has the Ministry of Finance").isNotEmpty();
        return found.get(0);
    }

    /** The secretariat sends an invitation through the admin page; returns the token from the mail. */
    String invite(String email, String name, String language, Role role, Long organisationId) throws Exception {
        var request = post("/admin/invitations").with(user(unique("secretariat")).roles("SECRETARIAT")).with(csrf())
                .param("email", email).param("displayName", name).param("languageTag", language).param("role", role.name());
        if (organisationId != null) {
            request.param("organisationId", organisationId.toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/invitations"));
        MimeMessage mail = TestMailServer.awaitMailTo(email).get(0);
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("the mail holds the invitation link").isTrue();
        return link.group(1);
    }

    String message(String key, Locale locale, Object... args) {
        return escape(messages.getMessage(key, args, locale));
    }

    /** What Thymeleaf does to text it writes. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void an_invited_government_officer_gets_the_mail_in_their_language_creates_an_account_and_acts_for_the_ministry() throws Exception {
        OrganisationSummary ministry = ministry();
        String email = unique("officer");
        String token = invite(email, "Јелена Officer", "sr-Cyrl", Role.GOVERNMENT_OFFICER, ministry.id());

        MimeMessage mail = TestMailServer.awaitMailTo(email).get(0);
        String body = (String) mail.getContent();
        assertThat(body).contains("Здраво").contains("Владин службеник").contains(ministry.name().display(Locale.forLanguageTag("sr-Cyrl")));
        assertThat(body).contains("/invitation/" + token + "?lang=sr-Cyrl");
        assertThat(mail.getSubject()).contains("позива");
        assertThat(jdbc.queryForObject("select token_hash from identity_invitation where email = ?", String.class, email))
                .as("only the hash of the token is kept").isEqualTo(InvitationTokens.hash(token)).doesNotContain(token);

        String page = mvc.perform(get("/invitation/" + token).param("lang", "sr-Cyrl")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Јелена Officer").contains("Владин службеник");

        mvc.perform(post("/invitation/" + token).with(csrf()).param("displayName", "Jelena Officer")
                        .param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
                .andExpect(status().isOk());

        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.getLanguageTag()).isEqualTo("sr-Cyrl");
        assertThat(account.getDisplayName()).isEqualTo("Jelena Officer");
        assertThat(encoder.matches(GOOD_PASSWORD, account.getPasswordHash())).isTrue();
        List<RoleAssignment> roles = assignments.findByAccountIdAndRevokedAtIsNull(account.getId());
        assertThat(roles).extracting(RoleAssignment::getRole, RoleAssignment::getScopeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.GOVERNMENT_OFFICER, ministry.id()));
        assertThat(accountsFacade.holders(Role.GOVERNMENT_OFFICER, ministry.id())).extracting(AccountSummary::email).contains(email);

        Invitation invitation = invitations.findByTokenHash(InvitationTokens.hash(token)).orElseThrow();
        assertThat(invitation.status(Instant.now())).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(invitation.getAcceptedAccountId()).isEqualTo(account.getId());

        assertThat(audited("identity.invitation.created", "invitation", invitation.getId())).isEqualTo(1);
        assertThat(audited("identity.invitation.accepted", "invitation", invitation.getId())).isEqualTo(1);
        assertThat(audited("identity.account.created", "account", account.getId())).isEqualTo(1);
        assertThat(audited("identity.role.granted", "role_assignment", roles.get(0).getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where after_json like ? or before_json like ?", Long.class,
                "%" + token + "%", "%" + token + "%")).as("the token never reaches the audit log").isZero();

        mvc.perform(get("/invitation/" + token)).andExpect(status().isGone());
    }

    long audited(String action, String recordType, Object recordId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = ? and record_id = ?",
                Long.class, action, recordType, String.valueOf(recordId));
    }

    @Test
    void a_weak_password_is_refused_next_to_its_field_and_nothing_is_created() throws Exception {
        String email = unique("weak");
        String token = invite(email, "Arbër Weak", "sq", Role.COUNCIL_MEMBER, null);

        String page = mvc.perform(post("/invitation/" + token).with(csrf()).param("displayName", "Arbër Weak")
                        .param("password", "short").param("passwordRepeat", "short"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"password-error\"").contains(message(PasswordPolicy.TOO_SHORT, Locale.forLanguageTag("sq")));
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(invitations.findByTokenHash(InvitationTokens.hash(token)).orElseThrow().status(Instant.now()))
                .isEqualTo(InvitationStatus.PENDING);

        page = mvc.perform(post("/invitation/" + token).with(csrf()).param("displayName", "Arbër Weak")
                        .param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD + "x"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"passwordRepeat-error\"")
                .contains(message("identity.invitation.accept.password.mismatch", Locale.forLanguageTag("sq")));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void an_expired_or_unknown_link_shows_a_clear_page_in_the_readers_language() throws Exception {
        String email = unique("late");
        String token = invite(email, "Late Comer", "en", Role.COUNCIL_MEMBER, null);
        jdbc.update("update identity_invitation set expires_at = now() - interval '1 minute' where email = ?", email);

        String page = mvc.perform(get("/invitation/" + token).param("lang", "en")).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.invitation.closed.expired", Locale.ENGLISH));
        mvc.perform(post("/invitation/" + token).with(csrf()).param("lang", "en").param("displayName", "Late Comer")
                        .param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
                .andExpect(status().isGone());
        assertThat(accounts.findByEmail(email)).isEmpty();

        page = mvc.perform(get("/invitation/not-a-real-token").param("lang", "sr-Latn")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.invitation.closed.unknown", Locale.forLanguageTag("sr-Latn")));
    }

    @Test
    void a_person_who_has_an_account_confirms_with_their_password_and_the_role_is_added_to_it() throws Exception {
        String email = unique("existing");
        Account existing = accounts.saveAndFlush(Account.invited(email, "Besa Existing", encoder.encode(GOOD_PASSWORD), "sq", Instant.now()));
        String token = invite(email, "Besa Existing", "sq", Role.COUNCIL_MEMBER, null);

        String page = mvc.perform(get("/invitation/" + token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.invitation.accept.existing", Locale.forLanguageTag("sq"), email));

        mvc.perform(post("/invitation/" + token).with(csrf()).param("password", "not the password at all"))
                .andExpect(status().isUnprocessableContent());
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(existing.getId())).isEmpty();

        mvc.perform(post("/invitation/" + token).with(csrf()).param("password", GOOD_PASSWORD)).andExpect(status().isOk());
        assertThat(assignments.findByAccountIdAndRevokedAtIsNull(existing.getId())).extracting(RoleAssignment::getRole)
                .containsExactly(Role.COUNCIL_MEMBER);
        assertThat(accounts.findAll().stream().filter(a -> a.getEmail().equals(email))).hasSize(1);
    }

    @Test
    void the_secretariat_revokes_a_pending_invitation_and_its_link_stops_working() throws Exception {
        String email = unique("revoked");
        String token = invite(email, "Revo Ked", "sq", Role.COUNCIL_MEMBER, null);
        Invitation invitation = invitations.findByTokenHash(InvitationTokens.hash(token)).orElseThrow();

        mvc.perform(post("/admin/invitations/" + invitation.getId() + "/revoke").with(user(unique("secretariat")).roles("SECRETARIAT"))
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/invitation/" + token)).andExpect(status().isGone());
        assertThat(audited("identity.invitation.revoked", "invitation", invitation.getId())).isEqualTo(1);
        String list = mvc.perform(get("/admin/invitations").param("status", "REVOKED").with(user(unique("secretariat")).roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(email);
    }

    @Test
    void an_invitation_for_an_officer_of_a_cso_is_refused_with_a_message_and_no_mail_goes_out() throws Exception {
        OrganisationSummary cso = directory.findOrganisations("Instituti për Politika Publike", OrganisationType.CSO, 1).get(0);
        String email = unique("wrong-scope");
        String page = mvc.perform(post("/admin/invitations").with(user(unique("secretariat")).roles("SECRETARIAT")).with(csrf())
                        .param("email", email).param("displayName", "Wrong Scope").param("languageTag", "sq")
                        .param("role", "GOVERNMENT_OFFICER").param("organisationId", String.valueOf(cso.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("identity.admin.refusal.OFFICER_NEEDS_INSTITUTION", Locale.forLanguageTag("sq")));
        assertThat(jdbc.queryForObject("select count(*) from identity_invitation where email = ?", Long.class, email)).isZero();
    }
}

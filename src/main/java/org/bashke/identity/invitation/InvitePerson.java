package org.bashke.identity.invitation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.Actor;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.identity.roles.RoleGrantPolicy;
import org.bashke.identity.roles.ScopeFacts;
import org.bashke.identity.roles.Scopes;
import org.bashke.mail.Mailer;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat invites a person to take a role: the invitation is kept, and a mail with a one-time
 * link goes out in the language chosen for them. The same grant rules apply as on the user page.
 */
@Service
public class InvitePerson {

    /** What the secretariat asks for. The organisation or the hub is read as the role needs. */
    public record Request(String email, String displayName, String languageTag, Role role, Long organisationId, Long hubId) {
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.of("Europe/Belgrade"));

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final RoleAssignmentRepository assignments;
    private final Scopes scopes;
    private final Mailer mailer;
    private final AuditLog audit;
    private final String baseUrl;
    private final Duration validity;

    InvitePerson(InvitationRepository invitations, AccountRepository accounts, RoleAssignmentRepository assignments,
                 Scopes scopes, Mailer mailer, AuditLog audit, @Value("${bashke.base-url}") String baseUrl,
                 @Value("${bashke.identity.invitation-validity:P7D}") Duration validity) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.assignments = assignments;
        this.scopes = scopes;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = baseUrl;
        this.validity = validity;
    }

    /** @throws InvitationRefused when the language is not offered or the grant rules refuse the role or scope */
    @Transactional
    public Invitation invite(Actor actor, Request request) {
        if (!InvitationLanguages.supported(request.languageTag())) {
            throw new InvitationRefused("languageTag", "identity.invitation.form.language.invalid");
        }
        ScopeFacts scope = scopes.facts(request.role(), request.organisationId(), request.hubId());
        List<RoleAssignment> held = accounts.findByEmail(Account.normaliseEmail(request.email()))
                .map(a -> assignments.findByAccountIdAndRevokedAtIsNull(a.getId())).orElse(List.of());
        RoleGrantPolicy.mayGrant(actor, request.role(), scope, held).ifPresent(r -> {
            throw new InvitationRefused(r.field(), r.key());
        });

        Instant now = Instant.now();
        String token = InvitationTokens.newToken();
        String inviterName = accounts.findByEmail(actor.name()).map(Account::getDisplayName).orElse(actor.name());
        Long scopeId = request.role().scopeKind() == Role.ScopeKind.NONE ? null : scope.id();
        Invitation saved = invitations.saveAndFlush(new Invitation(request.email(), request.displayName(), request.languageTag(),
                request.role(), scopeId, InvitationTokens.hash(token), actor.name(), inviterName, now, now.plus(validity)));
        audit.record("identity.invitation.created", "invitation", saved.getId(), null, InvitationSnapshot.of(saved));

        Locale locale = Locale.forLanguageTag(saved.getLanguageTag());
        Map<String, Object> model = new HashMap<>();
        model.put("name", saved.getDisplayName());
        model.put("inviter", inviterName);
        model.put("roleKey", "role." + saved.getRole().name());
        model.put("scope", scopes.name(saved.getRole().scopeKind(), saved.getScopeId(), locale));
        // the link carries the language, so even an expired link is explained in it
        model.put("link", baseUrl + "/invitation/" + token + "?lang=" + saved.getLanguageTag());
        model.put("expires", DATE.format(saved.getExpiresAt()));
        model.put("subjectArgs", new Object[] {inviterName});
        mailer.send(saved.getEmail(), locale, "identity-admin/invitation", model);
        return saved;
    }
}

package org.bashke.identity.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.account.PasswordPolicy;
import org.bashke.identity.roles.GrantRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited person follows the link. Someone new chooses a password and gets an active account
 * (the mail proved the address) with the role; someone who has an account already confirms with
 * its password and the role is added to it.
 */
@Service
public class AcceptInvitation {

    /** What the page needs to know about a link: the invitation (null when unknown), its state, whether its address has an account. */
    public record Lookup(Invitation invitation, InvitationStatus status, boolean accountExists) {

        public boolean open() {
            return status == InvitationStatus.PENDING;
        }
    }

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final GrantRole grantRole;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AcceptInvitation(InvitationRepository invitations, AccountRepository accounts, GrantRole grantRole,
                     PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.grantRole = grantRole;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Lookup> lookup(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token))
                .map(i -> new Lookup(i, i.status(Instant.now()), accounts.emailTaken(i.getEmail())));
    }

    /**
     * A new person: creates the account and grants the role.
     *
     * @throws InvitationRefused with the errors of each field (name, password, repeated password)
     */
    @Transactional
    public Account acceptAsNewPerson(String token, String displayName, String password, String passwordRepeat) {
        Invitation invitation = open(token);
        if (accounts.emailTaken(invitation.getEmail())) {
            throw new InvitationRefused("password", "identity.invitation.accept.accountExists");
        }
        List<InvitationRefused.FieldError> errors = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            errors.add(new InvitationRefused.FieldError("displayName", "identity.invitation.accept.name.missing"));
        } else if (displayName.strip().length() > 200) {
            errors.add(new InvitationRefused.FieldError("displayName", "identity.invitation.accept.name.tooLong"));
        }
        passwordPolicy.violations(password, displayName, invitation.getEmail())
                .forEach(key -> errors.add(new InvitationRefused.FieldError("password", key)));
        if (password != null && !password.equals(passwordRepeat)) {
            errors.add(new InvitationRefused.FieldError("passwordRepeat", "identity.invitation.accept.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvitationRefused(errors);
        }
        Instant now = Instant.now();
        Account account = accounts.saveAndFlush(Account.invited(invitation.getEmail(), displayName,
                passwordEncoder.encode(password), invitation.getLanguageTag(), now));
        audit.recordAs(account.getEmail(), "identity.account.created", "account", account.getId(), null, NewAccount.of(account));
        complete(invitation, account, now);
        return account;
    }

    /**
     * A person who has an account: their password proves it is them, and the role is added.
     *
     * @throws InvitationRefused when the password is wrong or the account is disabled
     */
    @Transactional
    public Account acceptWithExistingAccount(String token, String password) {
        Invitation invitation = open(token);
        Account account = accounts.findByEmail(invitation.getEmail())
                .orElseThrow(() -> new InvitationRefused("password", "identity.invitation.accept.noAccount"));
        if (account.getStatus() == AccountStatus.DISABLED) {
            throw new InvitationRefused("password", "identity.invitation.accept.disabled");
        }
        if (password == null || account.getPasswordHash() == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throw new InvitationRefused("password", "identity.invitation.accept.password.wrong");
        }
        Instant now = Instant.now();
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            // the invitation reached this address, which proves it as well as a verification mail would
            AccountStatus before = account.getStatus();
            account.verifyEmail(now);
            accounts.saveAndFlush(account);
            audit.recordAs(account.getEmail(), "identity.account.verified", "account", account.getId(),
                    java.util.Map.of("status", before), java.util.Map.of("status", account.getStatus()));
        }
        complete(invitation, account, now);
        return account;
    }

    private void complete(Invitation invitation, Account account, Instant now) {
        InvitationSnapshot before = InvitationSnapshot.of(invitation);
        invitation.accept(account.getId(), now);
        invitations.saveAndFlush(invitation);
        audit.recordAs(account.getEmail(), "identity.invitation.accepted", "invitation", invitation.getId(), before,
                InvitationSnapshot.of(invitation));
        // the inviter decided the grant; the person accepting it is who acted now
        grantRole.grantDecided(invitation.getInvitedBy(), account.getEmail(), account.getId(), invitation.getRole(),
                invitation.getScopeId());
    }

    private Invitation open(String token) {
        Lookup lookup = lookup(token).orElseThrow(() -> new InvitationRefused("token", "identity.invitation.unknown"));
        if (!lookup.open()) {
            throw new InvitationRefused("token", "identity.invitation.closed");
        }
        return lookup.invitation();
    }

    /** What the audit log keeps of an account created by an invitation: never the password hash. */
    record NewAccount(Long id, String email, String displayName, String languageTag, AccountStatus status) {
        static NewAccount of(Account a) {
            return new NewAccount(a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguageTag(), a.getStatus());
        }
    }
}

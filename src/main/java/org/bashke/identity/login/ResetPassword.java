package org.bashke.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountMail;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.OneTimeTokens;
import org.bashke.identity.account.PasswordPolicy;
import org.bashke.identity.account.TokenPurpose;
import org.bashke.identity.security.SessionEnder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link from the reset mail sets a new password. Every other open reset link stops working, the
 * account's sessions end, and the owner is told by mail (if it was not them, they know at once).
 */
@Service
public class ResetPassword {

    public sealed interface Outcome {
        record Done() implements Outcome { }
        record InvalidLink() implements Outcome { }
        record Rejected(List<String> violations) implements Outcome { }
    }

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final SessionEnder sessions;
    private final AuditLog audit;
    private final Clock clock;

    ResetPassword(AccountRepository accounts, OneTimeTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
                  AccountMail mail, SessionEnder sessions, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public boolean linkWorks(String token) {
        return tokens.peek(token, TokenPurpose.RESET_PASSWORD, clock.instant()).isPresent();
    }

    @Transactional
    public Outcome reset(String token, String newPassword) {
        Instant now = clock.instant();
        Optional<Account> found = tokens.peek(token, TokenPurpose.RESET_PASSWORD, now).flatMap(t -> accounts.findById(t.getAccountId()));
        if (found.isEmpty()) {
            return new Outcome.InvalidLink();
        }
        Account account = found.get();
        List<String> violations = policy.violations(newPassword, account.getDisplayName(), account.getEmail());
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        if (tokens.redeem(token, TokenPurpose.RESET_PASSWORD, now).isEmpty()) {
            return new Outcome.InvalidLink();
        }
        account.changePassword(encoder.encode(newPassword), now);
        tokens.revokeAll(account.getId(), TokenPurpose.RESET_PASSWORD, now);
        audit.recordAs(account.getEmail(), "identity.password.reset", "account", account.getId(), null, Map.of("passwordChanged", true));
        mail.send(account.getEmail(), account, "password-changed", Map.of("resetLink", mail.link("/password/forgot")));
        sessions.endAllOf(account.getEmail());
        return new Outcome.Done();
    }
}

package org.bashke.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person asks to log in with another address. Nothing changes until the link sent to the new
 * address is followed (proof that it is theirs); the old address is told at once, so a stolen
 * session cannot quietly move the account away.
 */
@Service
public class RequestEmailChange {

    public enum Outcome { SENT, WRONG_PASSWORD, SAME_ADDRESS }

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final AuditLog audit;
    private final Clock clock;

    RequestEmailChange(AccountRepository accounts, OneTimeTokens tokens, PasswordEncoder encoder, AccountMail mail,
                       AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public Outcome request(long accountId, String currentPassword, String newEmail) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (currentPassword == null || account.getPasswordHash() == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            return Outcome.WRONG_PASSWORD;
        }
        String address = Account.normaliseEmail(newEmail);
        if (address.equals(account.getEmail())) {
            return Outcome.SAME_ADDRESS;
        }
        Instant now = clock.instant();
        tokens.revokeAll(accountId, TokenPurpose.CHANGE_EMAIL, now);
        audit.record("identity.account.email-change-requested", "account", accountId,
                Map.of("email", account.getEmail()), Map.of("requestedEmail", address));
        if (accounts.emailTaken(address)) {
            // the answer on screen stays the same; only the new mailbox learns the address is taken
            mail.send(address, account, "email-in-use", Map.of("loginLink", mail.link("/login")));
        } else {
            String secret = tokens.issue(accountId, TokenPurpose.CHANGE_EMAIL, address, now);
            mail.send(address, account, "email-change-confirm", Map.of("link", mail.link("/account/email/confirm?token=" + secret),
                    "newEmail", address));
        }
        mail.send(account.getEmail(), account, "email-change-notice", Map.of("newEmail", address,
                "resetLink", mail.link("/password/forgot")));
        return Outcome.SENT;
    }
}

package org.bashke.identity.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountMail;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.OneTimeTokens;
import org.bashke.identity.account.TokenPurpose;
import org.bashke.identity.security.Throttle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone registers. Whether the address already has an account or not, the page says the same
 * ("check your e-mail"); only the mailbox learns the difference: a new account gets its verification
 * link, the owner of an existing one a notice that someone tried.
 */
@Service
public class Register {

    public record Registration(String displayName, String email, String password, String languageTag) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OneTimeTokens tokens;
    private final AccountMail mail;
    private final Throttle throttle;
    private final AuditLog audit;
    private final Clock clock;

    Register(AccountRepository accounts, PasswordEncoder encoder, OneTimeTokens tokens, AccountMail mail,
             Throttle throttle, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mail = mail;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public void register(Registration registration) {
        Instant now = clock.instant();
        String email = Account.normaliseEmail(registration.email());
        Optional<Account> existing = accounts.findByEmail(email);
        // a limit per address keeps the form from being used to flood someone's mailbox
        boolean mayMail = throttle.attempt(Throttle.Door.MAIL, "register:" + email, null).allowed();
        if (existing.isPresent()) {
            Account owner = existing.get();
            audit.recordAs(email, "identity.registration.repeated", "account", owner.getId(), null, Map.of("email", email));
            if (mayMail) {
                mail.send(owner.getEmail(), owner, "registration-attempt", Map.of(
                        "loginLink", mail.link("/login"), "resetLink", mail.link("/password/forgot")));
            }
            return;
        }
        Account account = accounts.save(Account.registered(email, registration.displayName(),
                encoder.encode(registration.password()), registration.languageTag(), now));
        audit.recordAs(email, "identity.account.registered", "account", account.getId(), null,
                Map.of("email", email, "displayName", account.getDisplayName(), "language", account.getLanguageTag(),
                        "status", account.getStatus().name()));
        if (mayMail) {
            sendVerification(account, now);
        }
    }

    void sendVerification(Account account, Instant now) {
        tokens.revokeAll(account.getId(), TokenPurpose.VERIFY_EMAIL, now);
        String secret = tokens.issue(account.getId(), TokenPurpose.VERIFY_EMAIL, null, now);
        mail.send(account.getEmail(), account, "verify-email", Map.of("link", mail.link("/register/verify?token=" + secret)));
    }
}

package org.bashke.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountMail;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.account.OneTimeTokens;
import org.bashke.identity.account.TokenPurpose;
import org.bashke.identity.security.Throttle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I forgot my password": a link valid for one hour goes to the address if it has an active account.
 * The page answers the same whatever happened, and requests are limited per address and per client.
 */
@Service
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final AccountMail mail;
    private final Throttle throttle;
    private final AuditLog audit;
    private final Clock clock;

    RequestPasswordReset(AccountRepository accounts, OneTimeTokens tokens, AccountMail mail, Throttle throttle,
                         AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public void request(String email, String clientIp) {
        String address = Account.normaliseEmail(email);
        if (address == null || address.isBlank()) {
            return;
        }
        if (!throttle.attempt(Throttle.Door.MAIL, "reset:" + address, clientIp).allowed()) {
            audit.recordAs(address, "identity.password.reset-throttled", "account", null, null, Map.of("email", address));
            return;
        }
        accounts.findByEmail(address).filter(a -> a.getStatus() == AccountStatus.ACTIVE).ifPresent(account -> {
            Instant now = clock.instant();
            String secret = tokens.issue(account.getId(), TokenPurpose.RESET_PASSWORD, null, now);
            audit.recordAs(address, "identity.password.reset-requested", "account", account.getId(), null, Map.of("email", address));
            mail.send(account.getEmail(), account, "password-reset", Map.of("link", mail.link("/password/reset?token=" + secret)));
        });
    }
}

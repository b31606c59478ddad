package org.bashke.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The link from the new mailbox: from now on the account logs in with the new address. */
@Service
public class ConfirmEmailChange {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    ConfirmEmailChange(AccountRepository accounts, OneTimeTokens tokens, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return the new address, or empty when the link is unknown, used, expired, or the address was taken meanwhile */
    @Transactional
    public Optional<String> confirm(String token) {
        Instant now = clock.instant();
        return tokens.redeem(token, TokenPurpose.CHANGE_EMAIL, now).flatMap(t -> accounts.findById(t.getAccountId())
                .filter(a -> !accounts.emailTaken(t.getNewEmail()))
                .map(account -> {
                    String old = account.getEmail();
                    account.changeEmail(t.getNewEmail(), now);
                    audit.recordAs(old, "identity.account.email-changed", "account", account.getId(),
                            Map.of("email", old), Map.of("email", account.getEmail()));
                    return account.getEmail();
                }));
    }
}

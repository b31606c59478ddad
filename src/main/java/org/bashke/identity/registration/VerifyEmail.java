package org.bashke.identity.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.account.OneTimeTokens;
import org.bashke.identity.account.TokenPurpose;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The link from the verification mail: the address is proven, the account can log in. */
@Service
public class VerifyEmail {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    VerifyEmail(AccountRepository accounts, OneTimeTokens tokens, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return false when the link is unknown, used or expired */
    @Transactional
    public boolean verify(String token) {
        Instant now = clock.instant();
        return tokens.redeem(token, TokenPurpose.VERIFY_EMAIL, now)
                .flatMap(t -> accounts.findById(t.getAccountId()))
                .map(account -> {
                    AccountStatus before = account.getStatus();
                    account.verifyEmail(now);
                    audit.recordAs(account.getEmail(), "identity.account.verified", "account", account.getId(),
                            Map.of("status", before.name()), Map.of("status", account.getStatus().name()));
                    return true;
                })
                .orElse(false);
    }
}

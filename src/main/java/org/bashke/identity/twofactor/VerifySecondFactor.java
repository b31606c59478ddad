package org.bashke.identity.twofactor;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.security.Throttle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a login: a code from the app, or one of the recovery codes (used up). Wrong
 * codes are counted per account, so the million possible codes cannot be tried one after another.
 */
@Service
public class VerifySecondFactor {

    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final RecoveryCodes recoveryCodes;
    private final Throttle throttle;
    private final AuditLog audit;
    private final Clock clock;

    VerifySecondFactor(AccountRepository accounts, TotpCodes totp, RecoveryCodes recoveryCodes, Throttle throttle,
                       AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Runs in its own transaction even when the code is wrong: the failure is audited and counted. */
    @Transactional
    public boolean verify(long accountId, String code) {
        Account account = accounts.findById(accountId).orElse(null);
        if (account == null || !account.canLogIn() || !account.hasTotp()) {
            return false;
        }
        Throttle.Attempt attempt = throttle.attempt(Throttle.Door.SECOND_FACTOR, "account:" + accountId, null);
        if (!attempt.allowed()) {
            audit.recordAs(account.getEmail(), "identity.login.failed", "account", accountId, null,
                    Map.of("email", account.getEmail(), "reason", "second-factor-throttled"));
            return false;
        }
        String value = code == null ? "" : code.strip();
        OptionalLong step = totp.matchingStep(account.getTotpSecret(), value);
        if (step.isPresent() && account.useTotpStep(step.getAsLong())) {
            attempt.refund();
            return true;
        }
        if (recoveryCodes.use(accountId, value, clock.instant())) {
            attempt.refund();
            audit.recordAs(account.getEmail(), "identity.twofactor.recovery-code-used", "account", accountId, null,
                    Map.of("unusedCodes", recoveryCodes.remaining(accountId)));
            return true;
        }
        audit.recordAs(account.getEmail(), "identity.login.failed", "account", accountId, null,
                Map.of("email", account.getEmail(), "reason", "second-factor"));
        return false;
    }
}

package org.bashke.identity.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns TOTP on once the person proves their app produces the right codes from the secret shown:
 * a secret that was never confirmed would lock them out at their next login.
 */
@Service
public class EnrolTwoFactor {

    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final RecoveryCodes recoveryCodes;
    private final AuditLog audit;
    private final Clock clock;

    EnrolTwoFactor(AccountRepository accounts, TotpCodes totp, RecoveryCodes recoveryCodes, AuditLog audit,
                   ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return the recovery codes to show once, or empty when the code does not match the secret */
    @Transactional
    public Optional<List<String>> confirm(long accountId, String secret, String code) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        java.util.OptionalLong step = totp.matchingStep(secret, code);
        if (account.hasTotp() || step.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        account.enableTotp(secret, now);
        account.useTotpStep(step.getAsLong());
        List<String> codes = recoveryCodes.replace(accountId);
        audit.record("identity.twofactor.enabled", "account", accountId, Map.of("twoFactor", false),
                Map.of("twoFactor", true, "recoveryCodes", codes.size()));
        return Optional.of(codes);
    }
}

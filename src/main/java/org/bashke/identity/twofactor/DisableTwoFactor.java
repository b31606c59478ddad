package org.bashke.identity.twofactor;

import java.time.Clock;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns TOTP off, with the password, unless a role the person holds requires it. */
@Service
public class DisableTwoFactor {

    public enum Outcome { DISABLED, WRONG_PASSWORD, REQUIRED_BY_ROLE }

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    DisableTwoFactor(AccountRepository accounts, RoleAssignmentRepository roles, RecoveryCodes recoveryCodes,
                     PasswordEncoder encoder, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.recoveryCodes = recoveryCodes;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public boolean requiredByRole(long accountId) {
        return roles.findByAccountIdAndRevokedAtIsNull(accountId).stream().anyMatch(a -> a.getRole().requiresTwoFactor());
    }

    @Transactional
    public Outcome disable(long accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (requiredByRole(accountId)) {
            return Outcome.REQUIRED_BY_ROLE;
        }
        if (password == null || account.getPasswordHash() == null || !encoder.matches(password, account.getPasswordHash())) {
            return Outcome.WRONG_PASSWORD;
        }
        if (account.hasTotp()) {
            account.disableTotp(clock.instant());
            recoveryCodes.removeAll(accountId);
            audit.record("identity.twofactor.disabled", "account", accountId, Map.of("twoFactor", true), Map.of("twoFactor", false));
        }
        return Outcome.DISABLED;
    }
}

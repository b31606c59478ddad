package org.bashke.identity.twofactor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New recovery codes (the old ones stop working), with the password. */
@Service
public class RegenerateRecoveryCodes {

    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    RegenerateRecoveryCodes(AccountRepository accounts, RecoveryCodes recoveryCodes, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** @return the new codes, or empty when the password is wrong or 2FA is off */
    @Transactional
    public Optional<List<String>> regenerate(long accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!account.hasTotp() || password == null || account.getPasswordHash() == null
                || !encoder.matches(password, account.getPasswordHash())) {
            return Optional.empty();
        }
        long before = recoveryCodes.remaining(accountId);
        List<String> codes = recoveryCodes.replace(accountId);
        audit.record("identity.twofactor.recovery-codes-replaced", "account", accountId,
                Map.of("unusedCodes", before), Map.of("unusedCodes", codes.size()));
        return Optional.of(codes);
    }
}

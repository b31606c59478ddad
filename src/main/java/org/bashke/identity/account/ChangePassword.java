package org.bashke.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in person sets a new password, giving the current one (a session left open is not enough). */
@Service
public class ChangePassword {

    public static final String WRONG_CURRENT = "identity.account.password.wrongCurrent";

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final AuditLog audit;
    private final Clock clock;

    ChangePassword(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AccountMail mail,
                   AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return per field ("currentPassword", "newPassword") the message keys of what is wrong; empty when changed */
    @Transactional
    public Map<String, List<String>> change(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (currentPassword == null || account.getPasswordHash() == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            return Map.of("currentPassword", List.of(WRONG_CURRENT));
        }
        List<String> violations = policy.violations(newPassword, account.getDisplayName(), account.getEmail());
        if (!violations.isEmpty()) {
            return Map.of("newPassword", violations);
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record("identity.password.changed", "account", accountId, null, Map.of("passwordChanged", true));
        mail.send(account.getEmail(), account, "password-changed", Map.of("resetLink", mail.link("/password/forgot")));
        return Map.of();
    }
}

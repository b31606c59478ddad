package org.bashke.identity.registration;

import java.time.Clock;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.security.Throttle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new verification link for an address still waiting for one; silent for any other address. */
@Service
public class ResendVerification {

    private final AccountRepository accounts;
    private final Register register;
    private final Throttle throttle;
    private final Clock clock;
    private final AuditLog audit;

    ResendVerification(AccountRepository accounts, Register register, Throttle throttle, AuditLog audit, ObjectProvider<Clock> clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.register = register;
        this.throttle = throttle;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public void resend(String email) {
        String address = Account.normaliseEmail(email);
        if (!throttle.attempt(Throttle.Door.MAIL, "register:" + address, null).allowed()) {
            return;
        }
        accounts.findByEmail(address)
                .filter(a -> a.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(a -> {
                    register.sendVerification(a, clock.instant());
                    audit.recordAs(address, "identity.account.verification-resent", "account", a.getId(), null, java.util.Map.of("email", address));
                });
    }
}

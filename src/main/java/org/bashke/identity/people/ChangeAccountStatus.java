package org.bashke.identity.people;

import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountAccessChanged;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.Actor;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.identity.roles.RoleChangeRefused;
import org.bashke.identity.roles.RoleGrantPolicy;
import org.bashke.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff member switches an account off (it can no longer log in) or back on. */
@Service
public class ChangeAccountStatus {

    private final AccountRepository accounts;
    private final RoleAssignmentRepository assignments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ChangeAccountStatus(AccountRepository accounts, RoleAssignmentRepository assignments, AuditLog audit,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void disable(Actor actor, long accountId) {
        Account account = find(accountId);
        RoleGrantPolicy.mayDisable(actor, accountId, assignments.findByAccountIdAndRevokedAtIsNull(accountId))
                .ifPresent(r -> {
                    throw new RoleChangeRefused(r);
                });
        AccountStatusSnapshot before = AccountStatusSnapshot.of(account);
        account.disable(Instant.now());
        accounts.saveAndFlush(account);
        audit.record("identity.account.disabled", "account", accountId, before, AccountStatusSnapshot.of(account));
        events.publishEvent(new AccountAccessChanged(accountId, true));
    }

    @Transactional
    public void enable(Actor actor, long accountId) {
        Account account = find(accountId);
        AccountStatusSnapshot before = AccountStatusSnapshot.of(account);
        account.enable(Instant.now());
        accounts.saveAndFlush(account);
        audit.record("identity.account.enabled", "account", accountId, before, AccountStatusSnapshot.of(account));
        events.publishEvent(new AccountAccessChanged(accountId, false));
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }
}

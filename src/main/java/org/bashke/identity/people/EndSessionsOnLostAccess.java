package org.bashke.identity.people;

import org.bashke.identity.AccountAccessChanged;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.security.SessionEnder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A disabled account or a revoked role must not live on in a session opened before: the roles of a
 * session are those read at login. Only once the change has committed, so a refused change logs nobody out.
 */
@Component
class EndSessionsOnLostAccess {

    private final AccountRepository accounts;
    private final SessionEnder sessions;

    EndSessionsOnLostAccess(AccountRepository accounts, SessionEnder sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(AccountAccessChanged event) {
        if (event.reduced()) {
            accounts.findById(event.accountId()).ifPresent(a -> sessions.endAllOf(a.getEmail()));
        }
    }
}

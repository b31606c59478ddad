package org.bashke.identity.people;

import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountStatus;

/** What the audit log keeps of an account when its status changes (never its password or second factor). */
record AccountStatusSnapshot(Long id, String email, String displayName, AccountStatus status) {

    static AccountStatusSnapshot of(Account a) {
        return new AccountStatusSnapshot(a.getId(), a.getEmail(), a.getDisplayName(), a.getStatus());
    }
}

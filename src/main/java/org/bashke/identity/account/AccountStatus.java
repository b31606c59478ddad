package org.bashke.identity.account;

public enum AccountStatus {
    /** Registered, e-mail not yet confirmed: cannot log in. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Switched off by an admin: cannot log in. */
    DISABLED
}

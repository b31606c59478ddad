package org.bashke.identity;

/**
 * A person's roles or account status changed. {@code reduced} when they may now do less (a role
 * revoked, the account disabled): sessions opened before hold the old authorities, so identity ends
 * them; a module keeping its own view of who acts for what can refresh it on this event.
 */
public record AccountAccessChanged(long accountId, boolean reduced) {
}

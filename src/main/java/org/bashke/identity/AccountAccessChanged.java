package org.bashke.identity;

/**
 * A person's roles or account status changed (granted, revoked, disabled, enabled). Sessions opened
 * before hold the old authorities: whoever keeps sessions can end or refresh them on this event.
 */
public record AccountAccessChanged(long accountId) {
}

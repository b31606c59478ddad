package org.bashke.identity.roles;

/**
 * The staff member (or the person) doing something: the name that goes into "granted by" and the
 * audit log, their account when they have one, and whether they are an admin — the one fact the
 * grant rules need about them.
 */
public record Actor(String name, Long accountId, boolean admin) {

    public boolean is(Long otherAccountId) {
        return accountId != null && accountId.equals(otherAccountId);
    }
}

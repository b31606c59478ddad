package org.bashke.identity;

import java.util.Optional;
import java.util.Set;
import org.bashke.shared.security.Role;

/**
 * Who is acting in this request, for the per-record checks in every module's use cases
 * ("may this officer edit this obligation?"). Someone who gave the password but not yet the second
 * factor is nobody here: {@link #get()} is empty and {@link #has(Role)} false.
 *
 * <p>Roles and scopes are those read at login.
 */
public interface CurrentUser {

    /** The person logged in (both factors done), or empty. */
    Optional<UserRef> get();

    default Optional<Long> accountId() {
        return get().map(UserRef::accountId);
    }

    default boolean loggedIn() {
        return get().isPresent();
    }

    /**
     * Whether the person holds {@code role}, directly or through the role hierarchy: every logged-in
     * person is a MEMBER; an ADMIN is also SECRETARIAT.
     */
    boolean has(Role role);

    /**
     * Whether the person holds this scoped role for this organisation or hub. Strictly the
     * assignment: a secretariat member does not act for a ministry here; a module that lets
     * the secretariat act for everyone says so in its own rule ({@code has(SECRETARIAT) || actsFor(...)}).
     */
    boolean actsFor(Role role, long scopeId);

    /** The organisations or hubs the person acts for in this role; empty when not held or unscoped. */
    Set<Long> scopes(Role role);

    /** A name for records and audit trails: the display name, or "anonymous". */
    String actorName();
}

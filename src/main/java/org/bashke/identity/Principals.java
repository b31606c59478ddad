package org.bashke.identity;

import java.util.Collection;
import java.util.Map;
import org.bashke.identity.security.BashkeUser;
import org.bashke.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them, built without a login: for tests of other modules
 * ({@code mvc.perform(get(...).with(user(Principals.of(...))))}) so they need no identity internals. The
 * second factor counts as done.
 */
public final class Principals {

    private Principals() {
    }

    /**
     * @param scopes each role held and the organisations or hubs it is held for (an empty set when unscoped);
     *               MEMBER is always held
     */
    public static UserDetails of(long accountId, String email, String displayName,
                                 Map<Role, ? extends Collection<Long>> scopes) {
        return BashkeUser.of(accountId, email, displayName, scopes);
    }
}

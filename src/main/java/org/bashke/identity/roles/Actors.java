package org.bashke.identity.roles;

import org.bashke.identity.CurrentUser;
import org.bashke.identity.UserRef;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/** Who is acting in this request, as the grant rules see them. "Granted by" and audit trails name them by e-mail. */
@Component
public class Actors {

    private final CurrentUser currentUser;

    Actors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Actor current() {
        return currentUser.get()
                .map(u -> new Actor(u.email(), u.accountId(), currentUser.has(Role.ADMIN)))
                .orElse(new Actor("anonymous", null, false));
    }

    /** The current person's account id, for pages about "my" things; empty for a principal without an account. */
    public java.util.Optional<Long> accountId() {
        return currentUser.get().map(UserRef::accountId);
    }
}

package org.bashke.identity.roles;

import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;

/**
 * What the grant rules need to know about the scope a role is asked for: its id, whether it exists
 * (an active organisation or a hub of the directory), and for an organisation its type.
 */
public record ScopeFacts(Role.ScopeKind kind, Long id, boolean exists, OrganisationType organisationType) {

    public static ScopeFacts none() {
        return new ScopeFacts(Role.ScopeKind.NONE, null, true, null);
    }

    public static ScopeFacts organisation(Long id, OrganisationType typeOrNullWhenUnknown) {
        return new ScopeFacts(Role.ScopeKind.ORGANISATION, id, typeOrNullWhenUnknown != null, typeOrNullWhenUnknown);
    }

    public static ScopeFacts hub(Long id, boolean exists) {
        return new ScopeFacts(Role.ScopeKind.HUB, id, exists, null);
    }
}

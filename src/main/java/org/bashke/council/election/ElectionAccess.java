package org.bashke.council.election;

import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may do what in an election; checked in the use cases, not only on the URL. */
@Component
public class ElectionAccess {

    private final CurrentUser currentUser;

    ElectionAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean isSecretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public void requireSecretariat() {
        if (!isSecretariat()) {
            throw new AccessDeniedException("the secretariat runs elections");
        }
    }

    /**
     * Applying, registering and voting are the organisation's own acts, done by its representative:
     * the secretariat, which runs the election, does not act for an organisation here.
     */
    public void requireRepresentative(long organisationId) {
        if (!currentUser.actsFor(Role.CSO_REPRESENTATIVE, organisationId)) {
            throw new AccessDeniedException("only the organisation's representative acts for it");
        }
    }

    public Set<Long> representedOrganisations() {
        return currentUser.scopes(Role.CSO_REPRESENTATIVE);
    }

    public long accountId() {
        return currentUser.accountId().orElseThrow(() -> new AccessDeniedException("login needed"));
    }
}

package org.bashke.network.member;

import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may act on membership: an organisation's own representative for it; the secretariat for the network. */
@Component
public class MembershipAccess {

    private final CurrentUser currentUser;

    MembershipAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean isSecretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public void requireSecretariat() {
        if (!isSecretariat()) {
            throw new AccessDeniedException("the secretariat manages the network's members");
        }
    }

    /** Applying, confirming data and accepting the code are the organisation's own acts. */
    public void requireRepresentative(long organisationId) {
        if (!represents(organisationId)) {
            throw new AccessDeniedException("only the organisation's representative acts for it");
        }
    }

    public boolean represents(long organisationId) {
        return currentUser.actsFor(Role.CSO_REPRESENTATIVE, organisationId);
    }

    public Set<Long> representedOrganisations() {
        return currentUser.scopes(Role.CSO_REPRESENTATIVE);
    }

    public long accountId() {
        return currentUser.accountId().orElseThrow(() -> new AccessDeniedException("login needed"));
    }

    public String actorName() {
        return currentUser.actorName();
    }
}

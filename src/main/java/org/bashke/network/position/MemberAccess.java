package org.bashke.network.position;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bashke.identity.Accounts;
import org.bashke.identity.CurrentUser;
import org.bashke.network.Network;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who counts as a member of the network here: a person who acts for (CSO representative) or is verified with an
 * organisation that is an active member, and the secretariat. Member-only pages and records check it in the use
 * case, not only on the URL.
 */
@Component("networkMemberAccess")
public class MemberAccess {

    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Network network;

    MemberAccess(CurrentUser currentUser, Accounts accounts, Network network) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.network = network;
    }

    public boolean secretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    /** The active member organisations the current person speaks for (empty for the secretariat without any). */
    public List<Long> memberOrganisations() {
        Set<Long> orgs = new LinkedHashSet<>(currentUser.scopes(Role.CSO_REPRESENTATIVE));
        currentUser.accountId().ifPresent(id -> orgs.addAll(accounts.verifiedOrganisations(id)));
        return orgs.stream().filter(network::isActiveMember).toList();
    }

    public boolean member() {
        return currentUser.loggedIn() && (secretariat() || !memberOrganisations().isEmpty());
    }

    public void mustBeMember() {
        if (!member()) {
            throw new AccessDeniedException("for members of the network");
        }
    }

    public void mustBeSecretariat() {
        if (!secretariat()) {
            throw new AccessDeniedException("for the secretariat");
        }
    }

    /** The signed-in person's account, if they have one (people made outside identity's accounts have none). */
    public java.util.Optional<Long> currentAccountId() {
        return currentUser.accountId();
    }

    public long accountId() {
        return currentUser.accountId().orElseThrow(() -> new AccessDeniedException("needs an account"));
    }

    public String actorName() {
        return currentUser.actorName();
    }
}

package org.bashke.fund.claim;

import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may act for an organisation with the fund: its CSO representatives. The secretariat sees and reviews
 * everything but does not claim for an organisation. Someone else's claim is "not found", not "forbidden":
 * its existence is not theirs to learn.
 */
@Component
public class FundAccess {

    private final CurrentUser currentUser;

    FundAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean representative(long organisationId) {
        return currentUser.actsFor(Role.CSO_REPRESENTATIVE, organisationId);
    }

    public Set<Long> myOrganisations() {
        return currentUser.scopes(Role.CSO_REPRESENTATIVE);
    }

    public boolean secretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public void mustRepresent(long organisationId) {
        if (!representative(organisationId)) {
            throw new NotFoundException("organisation", organisationId);
        }
    }

    public void mustSee(Claim claim) {
        if (!secretariat() && !representative(claim.getOrganisationId())) {
            throw new NotFoundException("claim", claim.getId());
        }
    }

    public long accountId() {
        return currentUser.accountId().orElseThrow(() -> new NotFoundException("account", "current"));
    }

    public String actorName() {
        return currentUser.actorName();
    }
}

package org.bashke.network.complaint;

import java.util.HashSet;
import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/** Per-record checks of complaint cases (ComplaintAccessPolicy); a case one may not see is "not found". */
@Component
public class ComplaintAccess {

    private final CurrentUser currentUser;
    private final ComplaintBodies bodies;

    ComplaintAccess(CurrentUser currentUser, ComplaintBodies bodies) {
        this.currentUser = currentUser;
        this.bodies = bodies;
    }

    public Long accountId() {
        return currentUser.accountId().orElse(null);
    }

    public long mustBeSignedIn() {
        return currentUser.accountId().orElseThrow(() -> new NotFoundException("account", "current"));
    }

    public String actorName() {
        return currentUser.actorName();
    }

    public Set<Long> represented() {
        return new HashSet<>(currentUser.scopes(Role.CSO_REPRESENTATIVE));
    }

    public void mustBeSecretariat() {
        if (!currentUser.has(Role.SECRETARIAT)) {
            throw new NotFoundException("complaint-body", "admin");
        }
    }

    public boolean handles(ComplaintCase c) {
        Set<Long> handlers = bodies.findById(c.getBodyId()).map(ComplaintBody::getHandlers).orElse(Set.of());
        return ComplaintAccessPolicy.handles(handlers, accountId());
    }

    /** @return true when the viewer handles the case, false when they see it as the member concerned */
    public boolean mustSee(ComplaintCase c) {
        Set<Long> handlers = bodies.findById(c.getBodyId()).map(ComplaintBody::getHandlers).orElse(Set.of());
        if (!ComplaintAccessPolicy.maySee(handlers, accountId(), c.openedToMember(), c.getOrganisationId(), represented())) {
            throw new NotFoundException("complaint", c.getId());
        }
        return ComplaintAccessPolicy.handles(handlers, accountId());
    }

    public void mustHandle(ComplaintCase c) {
        if (!handles(c)) {
            throw new NotFoundException("complaint", c.getId());
        }
    }
}

package org.bashke.network.internship;

import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Per-record checks of the internship programme. A call's applicants are "not found" for anyone who is not
 * one of its selectors, whatever their role: their existence is not others' to learn.
 */
@Component
public class InternshipAccess {

    private final CurrentUser currentUser;

    InternshipAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
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

    public boolean secretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public void mustBeSecretariat() {
        if (!secretariat()) {
            throw new NotFoundException("internship", "admin");
        }
    }

    /** Applicants' personal data: the call's selectors only (ApplicantDataPolicy). */
    public void mustSelect(InternshipCall call) {
        if (!call.isSelector(accountId())) {
            throw new NotFoundException("internship-call", call.getId());
        }
    }

    /** A placement is seen by its intern and its mentor, and by the selectors of its call (who placed the intern). */
    public InternshipPlacement.Role mustSeePlacement(InternshipPlacement placement, InternshipCall call) {
        InternshipPlacement.Role role = placement.roleOf(accountId());
        if (role == null && !call.isSelector(accountId())) {
            throw new NotFoundException("internship-placement", placement.getId());
        }
        return role;
    }
}

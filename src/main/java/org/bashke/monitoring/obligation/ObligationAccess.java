package org.bashke.monitoring.obligation;

import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an obligation. Progress is reported only by a government officer of the responsible
 * institution (or the secretariat); the CSO assessment is made by a Council member (or the secretariat on
 * their behalf). Checked in the use cases, not only on the URL.
 */
@Component("monitoringObligationAccess")
public class ObligationAccess {

    private final CurrentUser currentUser;

    ObligationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean mayReport(Obligation o) {
        return currentUser.has(Role.SECRETARIAT)
                || (o.getInstitutionId() != null && currentUser.actsFor(Role.GOVERNMENT_OFFICER, o.getInstitutionId()));
    }

    public void requireReport(Obligation o) {
        if (!mayReport(o)) {
            throw new AccessDeniedException("not an officer of institution " + o.getInstitutionId());
        }
    }

    public boolean mayAssess() {
        return currentUser.has(Role.SECRETARIAT) || currentUser.has(Role.COUNCIL_MEMBER);
    }

    public void requireAssess() {
        if (!mayAssess()) {
            throw new AccessDeniedException("not a Council member");
        }
    }

    public boolean isSecretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public void requireSecretariat() {
        if (!isSecretariat()) {
            throw new AccessDeniedException("secretariat only");
        }
    }

    public Set<Long> ownInstitutions() {
        return currentUser.scopes(Role.GOVERNMENT_OFFICER);
    }

    public Long accountId() {
        return currentUser.accountId().orElse(null);
    }

    public String actorName() {
        return currentUser.actorName();
    }
}

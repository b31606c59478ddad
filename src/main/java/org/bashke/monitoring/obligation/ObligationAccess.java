package org.bashke.monitoring.obligation;

import java.util.Set;
import org.bashke.council.Council;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an obligation. Progress is reported only by a government officer of the responsible
 * institution (or the secretariat); the CSO assessment is made by a member sitting for civil society in the
 * Council or one of its working teams, seat holder or substitute (or the secretariat on their behalf): a
 * government-side member holds the same role but does not assess the government. Checked in the use cases,
 * not only on the URL.
 */
@Component("monitoringObligationAccess")
public class ObligationAccess {

    private final CurrentUser currentUser;
    private final Council council;
    private final MonitoringClock clock;

    ObligationAccess(CurrentUser currentUser, Council council, MonitoringClock clock) {
        this.currentUser = currentUser;
        this.council = council;
        this.clock = clock;
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
        return currentUser.has(Role.SECRETARIAT) || (currentUser.has(Role.COUNCIL_MEMBER) && currentUser.accountId()
                .map(id -> council.sitsForCivilSociety(id, clock.today())).orElse(false));
    }

    public void requireAssess() {
        if (!mayAssess()) {
            throw new AccessDeniedException("not sitting for civil society in the Council or a working team");
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

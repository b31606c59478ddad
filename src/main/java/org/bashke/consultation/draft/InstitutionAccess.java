package org.bashke.consultation.draft;

import java.util.Set;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Officers act only for their own institution; the secretariat acts for every institution. Only public
 * institutions and municipalities hold consultations.
 */
@Component
public class InstitutionAccess {

    private final CurrentUser currentUser;
    private final Directory directory;

    InstitutionAccess(CurrentUser currentUser, Directory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    public boolean mayActFor(long institutionId) {
        return currentUser.has(Role.SECRETARIAT) || currentUser.actsFor(Role.GOVERNMENT_OFFICER, institutionId);
    }

    public void requireActsFor(long institutionId) {
        if (!mayActFor(institutionId)) {
            throw new AccessDeniedException("not an officer of institution " + institutionId);
        }
    }

    public boolean isSecretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    /** The institutions the person may manage consultations for; empty for the secretariat, which may choose any. */
    public Set<Long> ownInstitutions() {
        return currentUser.scopes(Role.GOVERNMENT_OFFICER);
    }

    public OrganisationSummary requireConsultingInstitution(long institutionId) {
        OrganisationSummary org = directory.organisation(institutionId)
                .orElseThrow(() -> new ConsultationRuleException("consultation.rule.institution.unknown"));
        if (org.type() != OrganisationType.PUBLIC_INSTITUTION && org.type() != OrganisationType.MUNICIPALITY) {
            throw new ConsultationRuleException("consultation.rule.institution.notPublic");
        }
        return org;
    }
}

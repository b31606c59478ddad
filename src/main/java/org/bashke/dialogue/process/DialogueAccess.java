package org.bashke.dialogue.process;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The person acting, as an {@link Actor}, and where an organisation sits, both read from identity and the directory. */
@Component
public class DialogueAccess {

    private final CurrentUser currentUser;
    private final Directory directory;

    DialogueAccess(CurrentUser currentUser, Directory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    public Actor actor() {
        if (!currentUser.loggedIn()) {
            return Actor.nobody();
        }
        Set<String> hubs = currentUser.scopes(Role.HUB_COORDINATOR).stream()
                .map(directory::hub).flatMap(Optional::stream).map(HubSummary::code).collect(Collectors.toSet());
        return new Actor(currentUser.has(Role.SECRETARIAT), currentUser.scopes(Role.GOVERNMENT_OFFICER), hubs,
                currentUser.scopes(Role.CSO_REPRESENTATIVE));
    }

    public void requireManage(Placement placement) {
        if (!DialogueAccessPolicy.mayManageProcess(actor(), placement)) {
            throw new AccessDeniedException("may not run dialogue processes of organisation " + placement.organisationId());
        }
    }

    public boolean mayManage(Placement placement) {
        return DialogueAccessPolicy.mayManageProcess(actor(), placement);
    }

    /**
     * Where a process or initiative with this institution sits. Central: a public institution; municipal:
     * a municipality, whose region and serving hub come along. Any other kind of organisation is refused.
     */
    public Placement placementOf(long organisationId) {
        return placementOf(organisationId, "organisationId");
    }

    /** The same, with a refusal marked on {@code field} of the form. */
    public Placement placementOf(long organisationId, String field) {
        OrganisationSummary org = directory.organisation(organisationId)
                .orElseThrow(() -> new DialogueRuleException("dialogue.rule.institution.unknown", field));
        if (org.type() == OrganisationType.PUBLIC_INSTITUTION) {
            return new Placement(ProcessLevel.CENTRAL, organisationId, null, null, null);
        }
        if (org.type() != OrganisationType.MUNICIPALITY) {
            throw new DialogueRuleException("dialogue.rule.institution.notPublic", field);
        }
        MunicipalitySummary municipality = directory.municipalities().stream()
                .filter(m -> m.organisationId() != null && m.organisationId() == organisationId).findFirst()
                .orElse(null);
        String municipalityCode = municipality != null ? municipality.code() : org.municipalityCode();
        String regionCode = municipality != null ? municipality.regionCode() : org.regionCode();
        String hubCode = directory.regions().stream().filter(r -> r.code().equals(regionCode)).findFirst()
                .map(RegionSummary::servingHubCode).orElse(null);
        return new Placement(ProcessLevel.MUNICIPAL, organisationId, municipalityCode, regionCode, hubCode);
    }

    /** The CSO behind a participant or a supporter must be a CSO in the directory. */
    public OrganisationSummary requireCso(long organisationId, String field) {
        OrganisationSummary org = directory.organisation(organisationId)
                .orElseThrow(() -> new DialogueRuleException("dialogue.rule.cso.unknown", field));
        if (org.type() != OrganisationType.CSO) {
            throw new DialogueRuleException("dialogue.rule.cso.notCso", field);
        }
        return org;
    }

    public String actorName() {
        return currentUser.actorName();
    }

    public Optional<Long> accountId() {
        return currentUser.accountId();
    }
}

package org.bashke.directory.geography;

import java.util.ArrayList;
import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.directory.organisation.Organisations;
import org.bashke.directory.organisation.Problem;
import org.bashke.directory.organisation.WebAddress;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat changes a hub's details, or which hub serves a region that has none of its own. */
@Component
public class EditHub {

    private final Hubs hubs;
    private final Regions regions;
    private final Geography geography;
    private final Organisations organisations;
    private final AuditLog audit;

    EditHub(Hubs hubs, Regions regions, Geography geography, Organisations organisations, AuditLog audit) {
        this.hubs = hubs;
        this.regions = regions;
        this.geography = geography;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Field formats are checked on the form; here the rules that need the database. Returns the problems (empty = saved). */
    @Transactional
    public List<Problem> change(String code, HubDetails details) {
        return changeAs(null, code, details);
    }

    /** The same, naming who made the change ({@code null}: the person logged in); the demo data uses it. */
    @Transactional
    public List<Problem> changeAs(String actor, String code, HubDetails details) {
        Hub hub = geography.hub(code).orElseThrow(() -> new NotFoundException("hub", code));
        List<Problem> problems = new ArrayList<>();
        if (details.hostOrganisationId() != null && !organisations.existsById(details.hostOrganisationId())) {
            problems.add(new Problem("hostOrganisationId", "directory.hub.host.unknown"));
        }
        if (details.mapUrl() != null && !details.mapUrl().isBlank() && !WebAddress.Check.isWebAddress(details.mapUrl())) {
            problems.add(new Problem("mapUrl", "directory.hub.mapUrl.invalid"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        HubDetails before = hub.details();
        hub.change(details);
        hubs.saveAndFlush(hub);
        if (actor == null) {
            audit.record("directory.hub.updated", "hub", hub.getId(), before, hub.details());
        } else {
            audit.recordAs(actor, "directory.hub.updated", "hub", hub.getId(), before, hub.details());
        }
        return List.of();
    }

    /** Only a region without a hub of its own can be handed to another hub. */
    @Transactional
    public List<Problem> serveRegion(String regionCode, String hubCode) {
        Region region = geography.region(regionCode).orElseThrow(() -> new NotFoundException("region", regionCode));
        if (geography.regionsWithoutOwnHub().stream().noneMatch(r -> r.getCode().equals(region.getCode()))) {
            return List.of(new Problem("servingHubCode", "directory.hub.serving.ownHub"));
        }
        Hub hub = geography.hub(hubCode).orElse(null);
        if (hub == null) {
            return List.of(new Problem("servingHubCode", "directory.hub.serving.unknown"));
        }
        String before = region.getServingHubCode();
        if (hub.getCode().equals(before)) {
            return List.of();
        }
        region.servedBy(hub.getCode());
        regions.saveAndFlush(region);
        audit.record("directory.region.serving-hub-changed", "region", region.getCode(),
                java.util.Map.of("servingHub", String.valueOf(before)), java.util.Map.of("servingHub", hub.getCode()));
        return List.of();
    }
}

package org.bashke.portal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.RegionSummary;
import org.springframework.stereotype.Component;

/** The directory's hubs as the portal's pages need them: by id, by code, and a region's serving hub. */
@Component
public class HubLookup {

    private final Directory directory;

    HubLookup(Directory directory) {
        this.directory = directory;
    }

    public List<HubSummary> hubs() {
        return directory.hubs();
    }

    public Map<Long, HubSummary> byId() {
        Map<Long, HubSummary> m = new LinkedHashMap<>();
        directory.hubs().forEach(h -> m.put(h.id(), h));
        return m;
    }

    public Optional<HubSummary> byCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : directory.hub(code.strip());
    }

    public List<RegionSummary> regions() {
        return directory.regions();
    }

    /** The hub a reader means: the one named, or the one serving the region named. */
    public Optional<HubSummary> resolve(String hubCode, String regionCode) {
        if (hubCode != null && !hubCode.isBlank()) {
            return byCode(hubCode);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            return directory.regions().stream().filter(r -> r.code().equalsIgnoreCase(regionCode.strip())).findFirst()
                    .map(RegionSummary::servingHubCode).flatMap(this::byCode);
        }
        return Optional.empty();
    }
}

package org.bashke.directory.geography;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the regions, municipalities and hubs (small, fixed sets: read whole and sorted in memory). */
@Component
@Transactional(readOnly = true)
public class Geography {

    private final Regions regions;
    private final Municipalities municipalities;
    private final Hubs hubs;

    Geography(Regions regions, Municipalities municipalities, Hubs hubs) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.hubs = hubs;
    }

    public List<Region> regions() {
        return regions.findAll().stream().sorted(Comparator.comparingInt(Region::getSortOrder)).toList();
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Municipality> municipalities() {
        return municipalities.findAll().stream().sorted(Comparator.comparingInt(Municipality::getSortOrder)).toList();
    }

    public List<Municipality> municipalitiesOf(String regionCode) {
        return municipalities().stream().filter(m -> m.getRegionCode().equals(regionCode)).toList();
    }

    public Optional<Municipality> municipality(String code) {
        return code == null ? Optional.empty() : municipalities.findById(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Hub> hubs() {
        return hubs.findAll().stream().sorted(Comparator.comparingInt(Hub::getSortOrder)).toList();
    }

    public Optional<Hub> hub(long id) {
        return hubs.findById(id);
    }

    public Optional<Hub> hub(String code) {
        return code == null ? Optional.empty() : hubs.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The regions a hub serves (its own, and any region the secretariat assigned to it). */
    public List<Region> regionsServedBy(Hub hub) {
        return regions().stream().filter(r -> hub.getCode().equals(r.getServingHubCode())).toList();
    }

    public List<Municipality> municipalitiesServedBy(Hub hub) {
        List<String> served = regionsServedBy(hub).stream().map(Region::getCode).toList();
        return municipalities().stream().filter(m -> served.contains(m.getRegionCode())).toList();
    }

    /**
     * Regions with no hub of their own (today only Gjakovë): which hub serves them is the
     * secretariat's choice, so these are the ones the hub settings page offers.
     */
    public List<Region> regionsWithoutOwnHub() {
        List<Hub> all = hubs();
        return regions().stream().filter(r -> all.stream().noneMatch(h -> h.getRegionCode().equals(r.getCode()))).toList();
    }
}

package org.bashke.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSection;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.geography.Hub;
import org.bashke.directory.geography.Municipality;
import org.bashke.directory.geography.Region;
import org.bashke.directory.organisation.Organisations;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Regions, municipalities and hubs: the reference pages. */
@Controller
class GeographyController {

    private final Geography geography;
    private final Organisations organisations;
    private final Directory directory;
    private final List<HubSection> hubSections;

    GeographyController(Geography geography, Organisations organisations, Directory directory, List<HubSection> hubSections) {
        this.geography = geography;
        this.organisations = organisations;
        this.directory = directory;
        this.hubSections = hubSections;
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("regions", geography.regions());
        model.addAttribute("municipalitiesByRegion", geography.municipalities().stream()
                .collect(Collectors.groupingBy(m -> m.getRegionCode())));
        model.addAttribute("hubsByCode", hubsByCode());
        return "directory/regions";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model) {
        Region region = geography.region(code).orElseThrow(() -> new NotFoundException("region", code));
        model.addAttribute("region", region);
        model.addAttribute("municipalities", geography.municipalitiesOf(region.getCode()));
        model.addAttribute("servingHub", geography.hub(region.getServingHubCode()).orElse(null));
        return "directory/region";
    }

    @GetMapping("/municipalities")
    String municipalities(Model model) {
        model.addAttribute("municipalities", geography.municipalities());
        model.addAttribute("regionsByCode", geography.regions().stream().collect(Collectors.toMap(Region::getCode, Function.identity())));
        return "directory/municipalities";
    }

    @GetMapping("/hubs")
    String hubs(Model model) {
        List<Hub> hubs = geography.hubs();
        model.addAttribute("hubs", hubs);
        model.addAttribute("regionsServed", hubs.stream().collect(Collectors.toMap(Hub::getCode, geography::regionsServedBy)));
        model.addAttribute("hosts", hosts(hubs));
        return "directory/hubs";
    }

    @GetMapping("/hubs/{code}")
    String hub(@PathVariable String code, Model model, Locale locale) {
        Hub hub = geography.hub(code).orElseThrow(() -> new NotFoundException("hub", code));
        List<Municipality> served = geography.municipalitiesServedBy(hub);
        Set<String> servedCodes = served.stream().map(Municipality::getCode).collect(Collectors.toSet());
        HubSection.HubArea area = new HubSection.HubArea(directory.hub(hub.getCode()).orElseThrow(),
                directory.municipalities().stream().filter(m -> servedCodes.contains(m.code())).toList());
        model.addAttribute("sections", HubBlocks.of(hubSections, area, locale));
        model.addAttribute("hub", hub);
        model.addAttribute("host", hub.getHostOrganisationId() == null ? null : organisations.findById(hub.getHostOrganisationId()).orElse(null));
        model.addAttribute("regionsServed", geography.regionsServedBy(hub));
        model.addAttribute("municipalities", served);
        return "directory/hub";
    }

    private Map<String, Hub> hubsByCode() {
        return geography.hubs().stream().collect(Collectors.toMap(Hub::getCode, Function.identity()));
    }

    private Map<Long, org.bashke.directory.organisation.Organisation> hosts(List<Hub> hubs) {
        List<Long> ids = hubs.stream().map(Hub::getHostOrganisationId).filter(java.util.Objects::nonNull).toList();
        return organisations.findAllById(ids).stream()
                .collect(Collectors.toMap(org.bashke.directory.organisation.Organisation::getId, Function.identity()));
    }
}

package org.bashke.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.geography.Municipality;
import org.bashke.directory.geography.Region;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.Organisation;
import org.bashke.directory.organisation.OrganisationSearch;
import org.bashke.directory.organisation.Organisations;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The public list of organisations (filters as a plain GET form; htmx swaps only the results) and their pages. */
@Controller
class OrganisationController {

    private final OrganisationSearch search;
    private final Organisations organisations;
    private final Geography geography;

    OrganisationController(OrganisationSearch search, Organisations organisations, Geography geography) {
        this.search = search;
        this.organisations = organisations;
        this.geography = geography;
    }

    @InitBinder("filter")
    void allowOnlyFilters(WebDataBinder binder) {
        binder.setAllowedFields("q", "type", "region", "municipality", "area", "member", "sort", "page");
    }

    @GetMapping("/organisations")
    String list(@ModelAttribute("filter") OrganisationFilter filter, BindingResult ignoredBadPage, Locale locale,
                HttpServletRequest request, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        // a page number that is not a number is treated as the first page (BindingResult keeps it from being a 400)
        OrganisationSearch.Result result = search.search(OrganisationSearch.Query.publicList(filter.getQ(), filter.typeValue(),
                filter.regionValue(), filter.municipalityValue(), filter.areaValue(), filter.memberValue(), filter.sortValue(),
                Language.of(locale), filter.getPage()));
        model.addAttribute("result", result);
        model.addAttribute("pages", Paging.of(request, result.page(), result.pages(), result.total()));
        addChoices(model);
        return htmx != null ? "directory/organisations :: results" : "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Model model) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("region", organisation.getRegionCode() == null ? null : geography.region(organisation.getRegionCode()).orElse(null));
        model.addAttribute("municipality", organisation.getMunicipalityCode() == null ? null
                : geography.municipality(organisation.getMunicipalityCode()).orElse(null));
        return "directory/organisation";
    }

    private void addChoices(Model model) {
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("areas", AreaOfWork.values());
        model.addAttribute("regions", geography.regions());
        model.addAttribute("regionsByCode", geography.regions().stream().collect(Collectors.toMap(Region::getCode, Function.identity())));
        model.addAttribute("municipalitiesByRegion", geography.municipalities().stream()
                .collect(Collectors.groupingBy(Municipality::getRegionCode)));
        Map<String, Municipality> municipalities = geography.municipalities().stream()
                .collect(Collectors.toMap(Municipality::getCode, Function.identity()));
        model.addAttribute("municipalitiesByCode", municipalities);
    }
}

package org.bashke.portal.web;

import java.util.List;
import java.util.Locale;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.search.PortalSearch;
import org.bashke.portal.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One search over every public record the modules have put in the index. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final PortalSearch search;
    private final HubLookup hubs;

    SearchController(PortalSearch search, HubLookup hubs) {
        this.search = search;
        this.hubs = hubs;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String hub, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String lang,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
                  @RequestParam(defaultValue = "0") int page,
                  Locale locale, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        String hubCode = hubs.resolve(hub, region).map(h -> h.code()).orElse(null);
        // the types readers can filter by are those in the index: other modules' appear as they start publishing
        List<String> types = search.types();
        String chosenType = type != null && types.contains(type) ? type : null;
        String language = lang != null && List.of("sq", "sr", "en").contains(lang) ? lang : null;
        model.addAttribute("q", query);
        model.addAttribute("lang", language);
        model.addAttribute("type", chosenType);
        model.addAttribute("hubCode", hubCode);
        model.addAttribute("types", types);
        model.addAttribute("hubs", hubs.hubs());
        // a range given the wrong way round is read the right way round
        if (from != null && to != null && from.isAfter(to)) {
            java.time.LocalDate swap = from;
            from = to;
            to = swap;
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("regions", hubs.regions());
        model.addAttribute("region", region);
        var filter = new SearchQuery(query, chosenType, hubCode, language, from, to);
        // the matches per type come from the same reading of the index when no type is chosen
        var results = query.isEmpty() ? null : search.searchCounted(filter, locale, Math.max(0, Math.min(page, 500)), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("counts", results == null ? java.util.Map.of() : results.countsByType());
        return "portal/search";
    }
}

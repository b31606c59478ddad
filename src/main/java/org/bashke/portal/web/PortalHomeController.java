package org.bashke.portal.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.bashke.portal.HomeSection;
import java.util.Optional;
import org.bashke.directory.Directory;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.events.PortalEvents;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dialogue at a glance: upcoming events, latest news, key figures; every block links to its list. */
@Controller
class PortalHomeController {

    private final Articles articles;
    private final PortalEvents events;
    private final Directory directory;
    private final HubLookup hubs;
    private final List<HomeSection> sections;
    private final Clock clock;

    PortalHomeController(Articles articles, PortalEvents events, Directory directory, HubLookup hubs, List<HomeSection> sections,
                         Optional<Clock> clock) {
        this.sections = sections;
        this.articles = articles;
        this.events = events;
        this.directory = directory;
        this.hubs = hubs;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping({"/", "/portal/home"})
    String home(Model model, Locale locale) {
        model.addAttribute("sections", HomeSections.gather(sections, locale));
        model.addAttribute("upcoming", events.upcoming(clock.instant(), null, PageRequest.of(0, 3)));
        model.addAttribute("news", articles.latestNews(null, PageRequest.of(0, 4)));
        model.addAttribute("figures", directory.countActiveByType());
        var hubsById = hubs.byId();
        model.addAttribute("hubCount", hubsById.size());
        model.addAttribute("hubs", List.copyOf(hubsById.values()));
        model.addAttribute("hubsById", hubsById);
        return "portal/home";
    }
}

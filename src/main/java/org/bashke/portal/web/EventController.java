package org.bashke.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bashke.directory.HubSummary;
import org.bashke.identity.CurrentUser;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.events.EventRegistrations;
import org.bashke.portal.events.ICalendar;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events: upcoming first, then past; one event with its registration; calendars. */
@Controller
class EventController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PortalEvents events;
    private final EventRegistrations registrations;
    private final HubLookup hubs;
    private final CurrentUser currentUser;
    private final Clock clock;

    EventController(PortalEvents events, EventRegistrations registrations, HubLookup hubs, CurrentUser currentUser,
                    Optional<Clock> clock) {
        this.events = events;
        this.registrations = registrations;
        this.hubs = hubs;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) String hub, @RequestParam(required = false) String region, Model model) {
        HubSummary chosen = hubs.resolve(hub, region).orElse(null);
        Long hubId = chosen == null ? null : chosen.id();
        Instant now = clock.instant();
        model.addAttribute("upcoming", events.upcoming(now, hubId, PageRequest.of(0, 50)));
        model.addAttribute("past", events.past(now, hubId, PageRequest.of(0, 20)));
        model.addAttribute("hub", chosen);
        model.addAttribute("hubs", hubs.hubs());
        model.addAttribute("hubsById", hubs.byId());
        return "portal/events";
    }

    @GetMapping("/events/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        PortalEvent e = published(id);
        model.addAttribute("event", e);
        model.addAttribute("hub", e.getHubId() == null ? null : hubs.byId().get(e.getHubId()));
        model.addAttribute("descriptionHtml", new NewsController.BodyHtml(e.getDescription()));
        model.addAttribute("past", e.isPast(clock.instant()));
        long confirmed = registrations.confirmed(id);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("placesLeft", e.getCapacity() == null ? null : Math.max(0, e.getCapacity() - confirmed));
        model.addAttribute("myStatus", currentUser.accountId().flatMap(a -> registrations.statusOf(id, a)).orElse(null));
        return "portal/event";
    }

    @PostMapping("/events/{id:\\d+}/registration")
    String register(@PathVariable long id, RedirectAttributes redirect) {
        long account = currentUser.accountId().orElseThrow(() -> new NotFoundException("account", "current"));
        EventRegistrations.Result result = registrations.register(id, account);
        redirect.addFlashAttribute("flash", "portal.event.registration." + result.name());
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id:\\d+}/registration/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        long account = currentUser.accountId().orElseThrow(() -> new NotFoundException("account", "current"));
        registrations.cancel(id, account);
        redirect.addFlashAttribute("flash", "portal.event.registration.CANCELLED");
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id:\\d+}.ics")
    ResponseEntity<String> ics(@PathVariable long id, Locale locale) {
        return calendar(List.of(published(id)), locale, "event-" + id + ".ics");
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> feed(@RequestParam(required = false) String hub, Locale locale) {
        Long hubId = hubs.byCode(hub).map(HubSummary::id).orElse(null);
        Instant since = clock.instant().minus(java.time.Duration.ofDays(90));
        List<PortalEvent> list = new java.util.ArrayList<>(events.upcoming(since, hubId, PageRequest.of(0, 500)));
        return calendar(list, locale, "events.ics");
    }

    private ResponseEntity<String> calendar(List<PortalEvent> list, Locale locale, String filename) {
        String body = ICalendar.calendar(list, locale, PublicLinks.base(), PublicLinks.host(), clock.instant());
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"").body(body);
    }

    private PortalEvent published(long id) {
        return events.findById(id).filter(PortalEvent::isPublished).orElseThrow(() -> new NotFoundException("event", id));
    }
}

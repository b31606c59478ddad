package org.bashke.portal.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bashke.directory.HubSection;
import org.bashke.portal.events.PortalEvents;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A hub's page shows its next events, with day, hour and place. */
@Component
class HubEventsSection implements HubSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PortalEvents events;
    private final Clock clock;

    HubEventsSection(PortalEvents events, Optional<Clock> clock) {
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String headingKey() {
        return "portal.hub.events";
    }

    @Override
    public String listLinkKey() {
        return "portal.hub.allEvents";
    }

    @Override
    public String listUrl(HubArea area) {
        return "/events?hub=" + area.hub().code();
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> items(HubArea area, Locale locale) {
        return events.upcoming(clock.instant(), area.hub().id(), PageRequest.of(0, 5)).stream()
                .map(e -> new Item(e.getTitle(), "/events/" + e.getId(),
                        e.getPlace() == null || e.getPlace().isBlank() ? WHEN.format(e.getStartsLocal())
                                : WHEN.format(e.getStartsLocal()) + " · " + e.getPlace()))
                .toList();
    }
}

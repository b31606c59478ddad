package org.bashke.portal.publications;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bashke.portal.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The home page's block of the newest publications, each with its type and date. */
@Component
class LatestPublications implements HomeSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Publications publications;
    private final MessageSource messages;

    LatestPublications(Publications publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "portal.home.publications";
    }

    @Override
    public String listUrl() {
        return "/publications";
    }

    @Override
    public String listLinkKey() {
        return "portal.home.publications.all";
    }

    @Override
    public List<Item> items(Locale locale) {
        return publications.published(null, null, null, null, null, PageRequest.of(0, 4)).getContent().stream()
                .map(p -> new Item(p.getTitle(), "/publications/" + p.getId(),
                        messages.getMessage("portal.publication.type." + p.getType().name(), null, locale)
                                + " · " + DATE.format(p.getIssuedOn())))
                .toList();
    }

    /** After the portal's events (100) and news (200). */
    @Override
    public int order() {
        return 250;
    }
}

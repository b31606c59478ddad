package org.bashke.portal.web;

import java.util.List;
import java.util.Locale;
import org.bashke.shared.contribution.Contributions;
import org.bashke.portal.HomeSection;

/** Gathers the other modules' home blocks; one that fails is left out rather than taking the home page down. */
final class HomeSections {

    static final int MAX_ITEMS = 5;

    private HomeSections() {
    }

    record Block(String headingKey, String listUrl, String listLinkKey, List<HomeSection.Item> items) {
    }

    static List<Block> gather(List<HomeSection> sections, Locale locale) {
        return Contributions.render(sections, HomeSection::order, s -> {
            List<HomeSection.Item> items = s.items(locale);
            return new Block(s.headingKey(), s.listUrl(), s.listLinkKey(), items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items);
        });
    }
}

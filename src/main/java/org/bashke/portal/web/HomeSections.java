package org.bashke.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bashke.portal.HomeSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gathers the other modules' home blocks; one that fails is left out rather than taking the home page down. */
final class HomeSections {

    private static final Logger log = LoggerFactory.getLogger(HomeSections.class);
    static final int MAX_ITEMS = 5;

    private HomeSections() {
    }

    record Block(String headingKey, String listUrl, String listLinkKey, List<HomeSection.Item> items) {
    }

    static List<Block> gather(List<HomeSection> sections, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).forEach(s -> {
            try {
                List<HomeSection.Item> items = s.items(locale);
                blocks.add(new Block(s.headingKey(), s.listUrl(), s.listLinkKey(),
                        items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items));
            } catch (RuntimeException e) {
                log.warn("home section {} failed and is left out", s.getClass().getName(), e);
            }
        });
        return blocks;
    }
}

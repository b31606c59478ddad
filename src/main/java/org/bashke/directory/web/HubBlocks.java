package org.bashke.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bashke.directory.HubSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The other modules' blocks of a hub page, in their order; a block whose module fails is left out, not the page. */
final class HubBlocks {

    private static final Logger log = LoggerFactory.getLogger(HubBlocks.class);
    private static final int SHOWN = 5;

    /** One block as the page shows it. */
    record Block(String headingKey, String listUrl, String listLinkKey, List<HubSection.Item> items) {
    }

    private HubBlocks() {
    }

    static List<Block> of(List<HubSection> sections, HubSection.HubArea area, Locale locale) {
        return sections.stream().sorted(Comparator.comparingInt(HubSection::order)).map(section -> {
            try {
                return new Block(section.headingKey(), section.listUrl(area), section.listLinkKey(),
                        section.items(area, locale).stream().limit(SHOWN).toList());
            } catch (RuntimeException e) {
                log.warn("hub block {} left out of the page of {}", section.getClass().getName(), area.hub().code(), e);
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }
}

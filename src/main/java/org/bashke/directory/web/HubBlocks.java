package org.bashke.directory.web;

import java.util.List;
import java.util.Locale;
import org.bashke.directory.HubSection;
import org.bashke.shared.contribution.Contributions;

/** The other modules' blocks of a hub page, in their order; a block whose module fails is left out, not the page. */
final class HubBlocks {

    private static final int SHOWN = 5;

    /** One block as the page shows it. */
    record Block(String headingKey, String listUrl, String listLinkKey, List<HubSection.Item> items) {
    }

    private HubBlocks() {
    }

    static List<Block> of(List<HubSection> sections, HubSection.HubArea area, Locale locale) {
        return Contributions.render(sections, HubSection::order, section -> new Block(section.headingKey(), section.listUrl(area),
                section.listLinkKey(), section.items(area, locale).stream().limit(SHOWN).toList()));
    }
}

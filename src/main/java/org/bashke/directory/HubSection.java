package org.bashke.directory;

import java.util.List;
import java.util.Locale;
import org.bashke.shared.text.LocalizedText;

/**
 * A block another module adds to a hub's page: the hub's news and events (portal), the dialogue processes
 * and consultations of its municipalities (dialogue). Declare a bean implementing this in your module; the
 * hub page shows every one it finds, by {@link #order()}, and leaves out one that fails. A module that has
 * not landed contributes nothing.
 */
public interface HubSection {

    /** Message key of the block's heading, from the contributing module's bundle. */
    String headingKey();

    /** Message key of the link to the full list. */
    String listLinkKey();

    /** The full list for this hub, a path such as {@code /news?hub=PRZ}. */
    String listUrl(HubArea area);

    /** A few items of the hub's area, most relevant first (the page shows at most five). */
    List<Item> items(HubArea area, Locale locale);

    /** Lower comes first. */
    default int order() {
        return 150;
    }

    /** A hub and the municipalities it serves (for the national hub: those of its own region). */
    record HubArea(HubSummary hub, List<MunicipalitySummary> municipalities) {
        public HubArea {
            municipalities = List.copyOf(municipalities);
        }
    }

    /**
     * @param title  what the item is called
     * @param url    where it is, a path such as {@code /news/12}
     * @param detail a short line already in the reader's language, or null
     */
    record Item(LocalizedText title, String url, String detail) {
    }
}

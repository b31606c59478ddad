package org.bashke.portal;

import java.util.List;
import java.util.Locale;
import org.bashke.shared.text.LocalizedText;

/**
 * A block another module adds to the portal's home page ("consultations open now", "latest
 * decisions"): declare a bean implementing this in your module; the portal shows every one it finds,
 * by {@link #order()}. A module that has not landed simply contributes nothing.
 */
public interface HomeSection {

    /** Message key of the block's heading, from the contributing module's bundle. */
    String headingKey();

    /** The full list the block links to, e.g. {@code /consultations}. */
    String listUrl();

    /** Message key of the link to the full list. */
    String listLinkKey();

    /** A few items, most relevant first (the portal shows at most five). */
    List<Item> items(Locale locale);

    /** Lower comes first; the portal's own blocks (events, news) sit at 100 and 200. */
    default int order() {
        return 150;
    }

    /**
     * @param title  what the item is called
     * @param url    where it is, a path such as {@code /consultations/12}
     * @param detail a short line already in the reader's language ("12 days left"), or null
     */
    record Item(LocalizedText title, String url, String detail) {
    }
}

package org.bashke.portal;

import java.time.Instant;
import java.util.List;

/**
 * Public pages another module adds to the portal's {@code sitemap.xml} (its lists, such as
 * {@code /council/decisions}, and if it likes its records): declare a bean implementing this and the
 * portal lists every entry it finds beside its own. A module that has not landed simply lists nothing.
 */
public interface SitemapSource {

    /** The module's public pages; each reachable by anyone, not logged in. */
    List<Entry> entries();

    /**
     * @param path         where the page is, a path such as {@code /council/decisions}
     * @param lastModified when it last changed, or null when unknown (a list that changes with its records)
     */
    record Entry(String path, Instant lastModified) {

        /** A page whose last change is not known, typically a list. */
        public static Entry of(String path) {
            return new Entry(path, null);
        }
    }

    /** The lists at these paths. */
    static SitemapSource lists(String... paths) {
        List<Entry> entries = java.util.Arrays.stream(paths).map(Entry::of).toList();
        return () -> entries;
    }
}

package org.bashke.reporting.usage;

import java.util.List;
import java.util.Optional;

/**
 * Which kind of public page a path is, for counting portal use: only the public sections are counted, by
 * their first path segment; administration, accounts, files, feeds and static resources are not.
 */
public final class PageKinds {

    public static final String SEARCH = "search";
    public static final String HOME = "home";

    /** The first path segment of each counted section, which is also the kind stored. */
    static final List<String> SECTIONS = List.of("news", "events", "publications", "pages", "consultations", "council",
            "monitoring", "dialogue", "support", "network", "organisations", "results", "open-data");

    private PageKinds() {
    }

    /**
     * @param path  the request path within the application
     * @param query the search text, for {@code /search}
     * @return the kind to count, or empty when the page is not counted
     */
    public static Optional<String> of(String path, String query) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return Optional.of(HOME);
        }
        if (path.contains(".")) {
            return Optional.empty();
        }
        String first = path.substring(1);
        int slash = first.indexOf('/');
        if (slash >= 0) {
            first = first.substring(0, slash);
        }
        if (SEARCH.equals(first)) {
            return query == null || query.isBlank() ? Optional.empty() : Optional.of(SEARCH);
        }
        return SECTIONS.contains(first) ? Optional.of(first) : Optional.empty();
    }
}

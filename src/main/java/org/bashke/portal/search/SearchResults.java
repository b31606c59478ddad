package org.bashke.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of results. {@code found}: the records read, at most {@link PortalSearch#MAX_COUNTED} and one;
 * {@code countsByType}: the matches per type before any type filter, or null when a type was chosen and
 * they were not read (see {@link PortalSearch#searchCounted}).
 */
public record SearchResults(List<SearchHit> hits, int page, int size, boolean approximate, long found,
                            Map<String, Long> countsByType) {
    static SearchResults empty(int page, int size) {
        return new SearchResults(List.of(), page, size, false, 0, new LinkedHashMap<>());
    }

    SearchResults withCounts(Map<String, Long> counts) {
        return new SearchResults(hits, page, size, approximate, found, counts);
    }

    /** The records counted: at most {@link PortalSearch#MAX_COUNTED}. */
    public long total() {
        return Math.min(found, PortalSearch.MAX_COUNTED);
    }

    /** More records match than are counted: readers are told there are more than 1000, and paging goes as far as the cap. */
    public boolean capped() {
        return found > PortalSearch.MAX_COUNTED;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < (capped() ? total() + 1 : total());
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

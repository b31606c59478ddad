package org.bashke.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of results. {@code total} counts at most {@link PortalSearch#MAX_COUNTED} records; {@code capped}: more
 * records match than that (readers are told there are more than 1000), and paging goes as far as the cap.
 * {@code found}: the records read, at most the cap and one; {@code countsByType}: the matches per type
 * before any type filter, or null when a type was chosen and they were not read (see {@link PortalSearch#searchCounted}).
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, boolean approximate, boolean capped,
                            long found, Map<String, Long> countsByType) {
    static SearchResults empty(int page, int size) {
        return new SearchResults(List.of(), 0, page, size, false, false, 0, new LinkedHashMap<>());
    }

    SearchResults withCounts(Map<String, Long> counts) {
        return new SearchResults(hits, total, page, size, approximate, capped, found, counts);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < (capped ? total + 1 : total);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

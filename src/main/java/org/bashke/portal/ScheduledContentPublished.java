package org.bashke.portal;

import java.util.List;

/**
 * Content the secretariat scheduled went live on its own, with no request behind it: a news item or page
 * ({@code kind} "article") or a publication ("publication"). Whoever keeps copies of public pages drops them.
 */
public record ScheduledContentPublished(String kind, List<Long> ids) {

    public ScheduledContentPublished {
        ids = List.copyOf(ids);
    }
}

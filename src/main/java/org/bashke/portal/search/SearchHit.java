package org.bashke.portal.search;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.bashke.shared.reporting.ResultPeriod;

/** One record found: its title and a snippet with the matches marked (safe HTML), where it is and when it was published. */
public record SearchHit(String module, String type, String id, String language, String titleHtml, String snippetHtml,
                        String url, String hubCode, Instant publishedAt) {

    /** For readers: the day in Kosovo's zone. */
    public ZonedDateTime publishedLocal() {
        return publishedAt == null ? null : publishedAt.atZone(ResultPeriod.KOSOVO);
    }
}

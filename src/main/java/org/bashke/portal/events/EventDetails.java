package org.bashke.portal.events;

import java.time.Instant;
import org.bashke.shared.text.LocalizedText;

/** What an editor sets on an event; description is Markdown. */
public record EventDetails(Long hubId, LocalizedText title, LocalizedText description, Instant startsAt, Instant endsAt,
                           String place, String onlineUrl, Integer capacity) {
}

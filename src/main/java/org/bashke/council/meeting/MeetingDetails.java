package org.bashke.council.meeting;

import java.time.Instant;
import org.bashke.shared.text.LocalizedText;

/** What the secretariat enters when scheduling a meeting. */
public record MeetingDetails(LocalizedText title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                             String municipalityCode) {
}

package org.bashke.portal.newsletter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** A newsletter as stored: texts in three languages, its audience, and how far its sending has got. */
public record Newsletter(long id, Language original, LocalizedText subject, LocalizedText body, String hubCode, String topic,
                         boolean membersOnly,
                         NewsletterStatus status, Instant createdAt, Instant sendRequestedAt, Instant sentAt, int recipients) {

    static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    public boolean isDraft() {
        return status == NewsletterStatus.DRAFT;
    }

    /** When it was sent (the secretariat's click), in Kosovo's time, for pages. */
    public LocalDateTime sentLocal() {
        return sendRequestedAt == null ? null : LocalDateTime.ofInstant(sendRequestedAt, KOSOVO);
    }
}

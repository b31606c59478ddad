package org.bashke.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail ready to go.
 *
 * @param headers extra header fields (e.g. {@code List-Unsubscribe}); a name or value with a line break is
 *                refused, so no caller can smuggle in a header of its own
 */
public record OutgoingMail(String to, String subject, String textBody, List<Attachment> attachments, Map<String, String> headers) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach((name, value) -> {
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9-]*") || value == null || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("not a header field: " + name);
            }
        });
    }

    public OutgoingMail(String to, String subject, String textBody, List<Attachment> attachments) {
        this(to, subject, textBody, attachments, Map.of());
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}

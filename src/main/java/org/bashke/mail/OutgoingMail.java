package org.bashke.mail;

import java.util.List;

/** A mail ready to go. */
public record OutgoingMail(String to, String subject, String textBody, List<Attachment> attachments) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}

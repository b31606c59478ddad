package org.bashke.portal.newsletter;

/** A newsletter is written as a draft, is being sent once the secretariat sends it, and is sent when every recipient was handled. */
public enum NewsletterStatus {
    DRAFT, SENDING, SENT
}

package org.bashke.portal.newsletter;

/** How many recipients still wait, how many were mailed, and how many had left before their turn. */
public record NewsletterProgress(long pending, long sent, long skipped) {

    public long total() {
        return pending + sent + skipped;
    }
}

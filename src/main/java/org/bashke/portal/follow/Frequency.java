package org.bashke.portal.follow;

import java.time.Duration;
import java.time.Instant;

/** How often a subscriber gets a digest. */
public enum Frequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration period;

    Frequency(Duration period) {
        this.period = period;
    }

    /**
     * When the digest after one due at {@code due} is due: one period later, skipping periods already
     * past (after a long outage the subscriber gets one digest, not a burst of them).
     */
    public Instant nextAfter(Instant due, Instant now) {
        Instant next = due.plus(period);
        while (!next.isAfter(now)) {
            next = next.plus(period);
        }
        return next;
    }

    public Duration period() {
        return period;
    }
}

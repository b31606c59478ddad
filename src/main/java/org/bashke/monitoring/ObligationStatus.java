package org.bashke.monitoring;

/**
 * Where an obligation stands. {@link #NOT_ASSESSED} is where every obligation starts: nobody has reported
 * on it yet. The others are what the responsible institution reports.
 */
public enum ObligationStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED, NOT_ASSESSED;

    /** Finished one way or another: no longer overdue, no reminders. */
    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** The statuses an update may report (not "not assessed", which only means nobody reported yet). */
    public static java.util.List<ObligationStatus> reportable() {
        return java.util.List.of(NOT_STARTED, IN_PROGRESS, DELAYED, COMPLETED, CANCELLED);
    }

    public String labelKey() {
        return "monitoring.status." + name();
    }
}

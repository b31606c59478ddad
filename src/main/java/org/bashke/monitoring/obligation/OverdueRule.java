package org.bashke.monitoring.obligation;

import java.time.LocalDate;
import org.bashke.calendar.WorkingDays;
import org.bashke.monitoring.ObligationStatus;

/**
 * Rule: an obligation is overdue once a working day has passed after its deadline while it is neither
 * completed nor cancelled; how overdue it is counts working days (Kosovo calendar), so a deadline on a
 * Friday is not overdue over the weekend.
 */
public final class OverdueRule {

    private OverdueRule() {
    }

    /** @return working days past the deadline, 0 when not overdue */
    public static int overdueDays(LocalDate deadline, ObligationStatus status, LocalDate today, WorkingDays workingDays) {
        if (deadline == null || status.closed() || !today.isAfter(deadline)) {
            return 0;
        }
        return Math.max(0, workingDays.workingDaysBetween(deadline, today));
    }

    /** Working days left until the deadline (0 on the day), or null without a deadline. */
    public static Integer workingDaysLeft(LocalDate deadline, LocalDate today, WorkingDays workingDays) {
        if (deadline == null) {
            return null;
        }
        return workingDays.workingDaysBetween(today, deadline);
    }
}

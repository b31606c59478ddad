package org.bashke.consultation.draft;

import java.time.LocalDate;
import org.bashke.calendar.WorkingDays;

/**
 * The minimum-period rule of Regulation No. 05/2016: the written consultation must last at least
 * {@code minimumWorkingDays} working days after the opening day (weekends and Kosovo's public holidays
 * do not count). A shorter period is refused unless a justification is recorded — and then the
 * consultation is non-compliant wherever it is reported.
 */
public class ConsultationPeriodPolicy {

    /** The period as judged: its length in working days and whether it meets the minimum. */
    public record Period(LocalDate opensOn, LocalDate closesOn, int workingDays, String justification, boolean nonCompliant) {
    }

    private final WorkingDays workingDays;
    private final int minimumWorkingDays;

    public ConsultationPeriodPolicy(WorkingDays workingDays, int minimumWorkingDays) {
        this.workingDays = workingDays;
        this.minimumWorkingDays = minimumWorkingDays;
    }

    public int minimumWorkingDays() {
        return minimumWorkingDays;
    }

    public Period assess(LocalDate opensOn, LocalDate closesOn, String justification) {
        if (opensOn == null || closesOn == null) {
            throw new ConsultationRuleException("consultation.rule.period.datesRequired");
        }
        if (!closesOn.isAfter(opensOn)) {
            throw new ConsultationRuleException("consultation.rule.period.closesBeforeOpening");
        }
        int days = workingDays.workingDaysBetween(opensOn, closesOn);
        String reason = justification == null || justification.isBlank() ? null : justification.strip();
        if (days >= minimumWorkingDays) {
            return new Period(opensOn, closesOn, days, null, false);
        }
        if (reason == null) {
            throw new ConsultationRuleException("consultation.rule.period.tooShort");
        }
        return new Period(opensOn, closesOn, days, reason, true);
    }

    /** The earliest closing date that keeps the minimum, for hints on the form. */
    public LocalDate earliestCompliantClosing(LocalDate opensOn) {
        return workingDays.addWorkingDays(opensOn, minimumWorkingDays);
    }
}

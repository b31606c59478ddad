package org.bashke.monitoring.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bashke.calendar.PublicHoliday;
import org.bashke.calendar.WorkingDays;
import org.bashke.monitoring.ObligationStatus;
import org.junit.jupiter.api.Test;

class OverdueRuleTest {

    /** Weekdays are working days except the holidays given; enough of the calendar for the rule. */
    static WorkingDays calendar(LocalDate... holidays) {
        Set<LocalDate> off = Set.of(holidays);
        return new WorkingDays() {
            public boolean isWorkingDay(LocalDate d) {
                return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(d);
            }

            public LocalDate addWorkingDays(LocalDate start, int n) {
                LocalDate d = start;
                for (int i = 0; i < Math.abs(n); ) {
                    d = d.plusDays(n > 0 ? 1 : -1);
                    if (isWorkingDay(d)) {
                        i++;
                    }
                }
                return d;
            }

            public int workingDaysBetween(LocalDate from, LocalDate to) {
                int sign = to.isBefore(from) ? -1 : 1;
                LocalDate a = sign > 0 ? from : to;
                LocalDate b = sign > 0 ? to : from;
                int n = 0;
                for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
                    if (isWorkingDay(d)) {
                        n++;
                    }
                }
                return sign * n;
            }

            public List<PublicHoliday> holidays(int year) {
                return List.of();
            }
        };
    }

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void a_deadline_on_a_friday_is_not_overdue_over_the_weekend() {
        WorkingDays wd = calendar();
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.IN_PROGRESS, FRIDAY.plusDays(2), wd)).isZero();
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.IN_PROGRESS, FRIDAY.plusDays(3), wd)).isEqualTo(1);
    }

    @Test
    void overdue_counts_working_days_and_skips_holidays() {
        WorkingDays wd = calendar(FRIDAY.plusDays(3));
        // Monday is a holiday: by Wednesday, two working days (Tue, Wed) have passed
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.NOT_STARTED, FRIDAY.plusDays(5), wd)).isEqualTo(2);
    }

    @Test
    void completed_or_cancelled_obligations_are_never_overdue() {
        WorkingDays wd = calendar();
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.COMPLETED, FRIDAY.plusDays(30), wd)).isZero();
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.CANCELLED, FRIDAY.plusDays(30), wd)).isZero();
    }

    @Test
    void on_the_deadline_itself_nothing_is_overdue() {
        assertThat(OverdueRule.overdueDays(FRIDAY, ObligationStatus.DELAYED, FRIDAY, calendar())).isZero();
        assertThat(OverdueRule.workingDaysLeft(FRIDAY, FRIDAY, calendar())).isZero();
    }

    @Test
    void an_obligation_without_a_deadline_is_never_overdue() {
        assertThat(OverdueRule.overdueDays(null, ObligationStatus.NOT_STARTED, FRIDAY, calendar())).isZero();
    }
}

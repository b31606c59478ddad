package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bashke.calendar.PublicHoliday;
import org.bashke.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

class ConsultationPeriodPolicyTest {

    /** Weekends and two holidays: Catholic Christmas (Fri 25 Dec 2026) and New Year (Fri 1 and Sat 2 Jan 2027). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    static final WorkingDays CALENDAR = new WorkingDays() {
        @Override
        public boolean isWorkingDay(LocalDate d) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate d = start;
            for (int i = 0; i < n; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    i++;
                }
            }
            return d;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public List<PublicHoliday> holidays(int year) {
            return List.of();
        }
    };

    final ConsultationPeriodPolicy policy = new ConsultationPeriodPolicy(CALENDAR, 15);

    @Test
    void fifteen_working_days_across_the_holidays_meet_the_minimum() {
        // opened Mon 14 Dec 2026: 15 working days, skipping the weekends, 25 Dec and 1 Jan, end on Wed 6 Jan 2027
        ConsultationPeriodPolicy.Period period = policy.assess(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 6), null);
        assertThat(period.workingDays()).isEqualTo(15);
        assertThat(period.nonCompliant()).isFalse();
        assertThat(policy.earliestCompliantClosing(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void a_period_that_counts_fifteen_calendar_weekdays_but_crosses_a_holiday_is_too_short() {
        // 16 weekdays after the opening, but 25 Dec and 1 Jan are holidays: 14 working days only
        assertThatThrownBy(() -> policy.assess(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 5), null))
                .isInstanceOf(ConsultationRuleException.class)
                .hasMessage("consultation.rule.period.tooShort");
    }

    @Test
    void a_shorter_period_is_refused_without_a_justification() {
        assertThatThrownBy(() -> policy.assess(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13), "  "))
                .isInstanceOf(ConsultationRuleException.class)
                .hasMessage("consultation.rule.period.tooShort");
    }

    @Test
    void a_shorter_period_with_a_justification_is_allowed_and_marked_non_compliant() {
        ConsultationPeriodPolicy.Period period = policy.assess(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                "Afat ligjor i Kuvendit");
        assertThat(period.workingDays()).isEqualTo(9);
        assertThat(period.nonCompliant()).isTrue();
        assertThat(period.justification()).isEqualTo("Afat ligjor i Kuvendit");
    }

    @Test
    void a_compliant_period_keeps_no_justification() {
        ConsultationPeriodPolicy.Period period = policy.assess(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), "nuk duhet");
        assertThat(period.nonCompliant()).isFalse();
        assertThat(period.justification()).isNull();
    }

    @Test
    void the_closing_date_must_come_after_the_opening() {
        assertThatThrownBy(() -> policy.assess(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), "x"))
                .hasMessage("consultation.rule.period.closesBeforeOpening");
    }
}

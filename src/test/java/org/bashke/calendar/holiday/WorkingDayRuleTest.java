package org.bashke.calendar.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The working-day arithmetic over the days off that the 2025-2026 seed gives. */
class WorkingDayRuleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final WorkingDayRule kosovo = new WorkingDayRule(year -> switch (year) {
        case 2025 -> Set.of(d("2025-01-01"), d("2025-01-02"), d("2025-01-07"), d("2025-02-17"), d("2025-03-30"),
                d("2025-03-31"), d("2025-04-09"), d("2025-04-21"), d("2025-05-01"), d("2025-05-09"), d("2025-06-06"),
                d("2025-12-25"));
        case 2026 -> Set.of(d("2026-01-01"), d("2026-01-02"), d("2026-01-07"), d("2026-02-17"), d("2026-03-20"),
                d("2026-04-06"), d("2026-04-09"), d("2026-04-13"), d("2026-05-01"), d("2026-05-09"), d("2026-05-11"),
                d("2026-05-27"), d("2026-12-25"));
        default -> Set.of();
    });

    @Test
    void weekends_and_holidays_are_not_working_days() {
        assertThat(kosovo.isWorkingDay(d("2026-02-16"))).isTrue();  // Monday
        assertThat(kosovo.isWorkingDay(d("2026-02-17"))).isFalse(); // Independence Day, a Tuesday
        assertThat(kosovo.isWorkingDay(d("2026-02-14"))).isFalse(); // Saturday
        assertThat(kosovo.isWorkingDay(d("2026-05-11"))).isFalse(); // Monday off for Europe Day on a Saturday
    }

    @Test
    void a_period_spanning_independence_day_and_a_weekend_counts_only_working_days() {
        // Fri 13 Feb (excluded) .. Fri 20 Feb: Sat, Sun, Mon 16, Tue 17 holiday, Wed, Thu, Fri
        assertThat(kosovo.workingDaysBetween(d("2026-02-13"), d("2026-02-20"))).isEqualTo(4);
        assertThat(kosovo.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-18"));
        assertThat(kosovo.workingDaysBetween(d("2026-02-20"), d("2026-02-13"))).isEqualTo(-4);
    }

    @Test
    void fifteen_working_days_from_the_first_of_april_2026_skip_both_easter_mondays_and_constitution_day() {
        // Catholic Easter Monday 6 Apr, Constitution Day Thu 9 Apr, Orthodox Easter Monday 13 Apr
        LocalDate end = kosovo.addWorkingDays(d("2026-04-01"), 15);
        assertThat(end).isEqualTo(d("2026-04-27"));
        assertThat(kosovo.workingDaysBetween(d("2026-04-01"), end)).isEqualTo(15);
    }

    @Test
    void easter_monday_constitution_day_and_orthodox_easter_monday_in_one_stretch() {
        // from Fri 3 Apr 2026: Mon 6 off, Tue 7, Wed 8, Thu 9 off, Fri 10, Mon 13 off, Tue 14, Wed 15
        assertThat(kosovo.addWorkingDays(d("2026-04-03"), 5)).isEqualTo(d("2026-04-15"));
    }

    @Test
    void when_both_easters_fall_in_the_same_week_there_is_one_day_off() {
        // 2025: Catholic and Orthodox Easter are both on 20 April, so both Easter Mondays are 21 April
        assertThat(kosovo.addWorkingDays(d("2025-04-18"), 1)).isEqualTo(d("2025-04-22"));
        assertThat(kosovo.workingDaysBetween(d("2025-04-18"), d("2025-04-25"))).isEqualTo(4);
    }

    @Test
    void zero_days_is_the_start_itself_and_counting_back_mirrors_counting_forward() {
        assertThat(kosovo.addWorkingDays(d("2026-02-14"), 0)).isEqualTo(d("2026-02-14"));
        assertThat(kosovo.addWorkingDays(d("2026-02-18"), -2)).isEqualTo(d("2026-02-13"));
    }

    @Test
    void a_weekend_holiday_is_given_on_the_next_weekday_that_is_not_already_off() {
        assertThat(WorkingDayRule.observedDay(d("2026-05-09"), Set.of())).isEqualTo(d("2026-05-11"));
        // 1 May 2027 is a Saturday and Monday 3 May is Orthodox Easter Monday: Labour Day moves to Tuesday
        assertThat(WorkingDayRule.observedDay(d("2027-05-01"), Set.of(d("2027-05-03")))).isEqualTo(d("2027-05-04"));
        assertThat(WorkingDayRule.observedDay(d("2026-02-17"), Set.of())).isNull();
    }

    @Test
    void counting_by_weeks_gives_what_counting_day_by_day_gives() {
        java.util.Random random = new java.util.Random(20261127);
        for (int i = 0; i < 5_000; i++) {
            LocalDate from = d("2024-11-01").plusDays(random.nextInt(900));
            LocalDate to = from.plusDays(random.nextInt(800) - 100);
            int dayByDay = 0;
            for (LocalDate x = (to.isBefore(from) ? to : from).plusDays(1); !x.isAfter(to.isBefore(from) ? from : to); x = x.plusDays(1)) {
                if (kosovo.isWorkingDay(x)) {
                    dayByDay++;
                }
            }
            assertThat(kosovo.workingDaysBetween(from, to)).as(from + " to " + to).isEqualTo(to.isBefore(from) ? -dayByDay : dayByDay);
        }
    }
}

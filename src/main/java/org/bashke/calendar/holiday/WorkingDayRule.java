package org.bashke.calendar.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The arithmetic of working days over any source of days off, kept apart from storage so the
 * rule is tested on its own. Days off are looked up per year.
 */
public final class WorkingDayRule {

    private final IntFunction<Set<LocalDate>> daysOffInYear;

    public WorkingDayRule(IntFunction<Set<LocalDate>> daysOffInYear) {
        this.daysOffInYear = daysOffInYear;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !daysOffInYear.apply(date.getYear()).contains(date);
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate date = start;
        for (int counted = 0; counted < Math.abs(n); ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Kosovo's rule for a holiday on a weekend: the day off moves to the next weekday that is not
     * already a day off. Returns null for a holiday on a weekday.
     */
    public static LocalDate observedDay(LocalDate holiday, Set<LocalDate> otherDaysOff) {
        if (!isWeekend(holiday)) {
            return null;
        }
        LocalDate d = holiday.plusDays(1);
        while (isWeekend(d) || otherDaysOff.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}

package org.bashke.calendar.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * Working days after {@code from} up to and including {@code to}: the weekdays, counted by whole
     * weeks, less the days off that fall on a weekday in the period. It is asked for every overdue
     * obligation on the home page and the tracker, so it does not walk the period day by day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = weekdaysBetween(from, to);
        for (int year = from.plusDays(1).getYear(); year <= to.getYear(); year++) {
            for (LocalDate off : daysOffInYear.apply(year)) {
                // a day is off by its own year's list, as isWorkingDay reads it
                if (off.getYear() == year && off.isAfter(from) && !off.isAfter(to) && !isWeekend(off)) {
                    count--;
                }
            }
        }
        return Math.toIntExact(count);
    }

    /** Mondays to Fridays after {@code from} up to and including {@code to}, which is not before it. */
    static long weekdaysBetween(LocalDate from, LocalDate to) {
        long weeks = ChronoUnit.DAYS.between(from, to) / 7;
        long count = weeks * 5;
        for (LocalDate d = from.plusWeeks(weeks); d.isBefore(to); ) {
            d = d.plusDays(1);
            if (!isWeekend(d)) {
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

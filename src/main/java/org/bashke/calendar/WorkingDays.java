package org.bashke.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Working days in Kosovo: Monday to Friday, except public holidays and the days given off in
 * place of a holiday that fell on a weekend. Deadlines such as the 15 working days of a public
 * consultation are counted with this.
 */
public interface WorkingDays {

    /** True for a weekday that is neither a public holiday nor a day off given in place of one. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The date {@code n} working days after {@code start}: the n-th working day counted from the day
     * after {@code start} ({@code start} itself never counts). {@code n = 0} returns {@code start};
     * a negative {@code n} counts back the same way. So a consultation opened on {@code start}
     * for 15 working days ends on {@code addWorkingDays(start, 15)}, inclusive.
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The number of working days after {@code from} up to and including {@code to}: {@code from} is
     * excluded, {@code to} included. Zero when they are the same day; negative when {@code to} is
     * before {@code from}. The inverse of {@link #addWorkingDays}: when {@code to} is a working day,
     * {@code workingDaysBetween(from, addWorkingDays(from, n)) == n}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The public holidays of a year, by date. */
    List<PublicHoliday> holidays(int year);
}

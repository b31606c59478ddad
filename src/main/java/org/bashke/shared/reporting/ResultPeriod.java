package org.bashke.shared.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar years a dashboard shows (one year, or several: the whole project period), in Kosovo's time,
 * and the day figures that describe a state (seats filled, members active) are taken on: the last day of
 * the last year, or today while that year is running.
 *
 * <p>A {@link ResultFigures} implementation answers for the whole span: what it counts over the period
 * ({@link ResultFigure.Measure#SUM}, {@link ResultFigure.Measure#DISTINCT}) it counts from {@link #first()}
 * to {@link #last()}; what it takes as a state ({@link ResultFigure.Measure#END_OF_PERIOD}) it takes on
 * {@link #asOf()}. So the whole period's figures come right without the dashboard adding years together.
 *
 * @param from the first calendar year
 * @param to   the last calendar year (equal to {@code from} for a single year)
 * @param asOf the day states are taken on
 */
public record ResultPeriod(int from, int to, LocalDate asOf) {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    public ResultPeriod {
        if (to < from) {
            throw new IllegalArgumentException("period ends before it starts: " + from + "-" + to);
        }
    }

    /** The period for a year as seen today. */
    public static ResultPeriod of(int year, LocalDate today) {
        return of(year, year, today);
    }

    /** The period from the first to the last year (both included) as seen today. */
    public static ResultPeriod of(int from, int to, LocalDate today) {
        LocalDate last = LocalDate.of(to, 12, 31);
        return new ResultPeriod(from, to, today.isBefore(last) ? today : last);
    }

    public boolean singleYear() {
        return from == to;
    }

    /** Its years one by one, oldest first, each as seen on the same day as this period. */
    public List<ResultPeriod> years() {
        List<ResultPeriod> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            LocalDate last = LocalDate.of(y, 12, 31);
            years.add(new ResultPeriod(y, y, asOf.isBefore(last) ? asOf : last));
        }
        return years;
    }

    /** "2026", or "2024-2026" for several years (also used in file names and export rows). */
    public String label() {
        return singleYear() ? String.valueOf(from) : from + "-" + to;
    }

    public LocalDate first() {
        return LocalDate.of(from, 1, 1);
    }

    public LocalDate last() {
        return LocalDate.of(to, 12, 31);
    }

    /** The first instant of the first year in Kosovo. */
    public OffsetDateTime start() {
        return first().atStartOfDay(KOSOVO).toOffsetDateTime();
    }

    /** The first instant after the last year in Kosovo (exclusive end). */
    public OffsetDateTime end() {
        return last().plusDays(1).atStartOfDay(KOSOVO).toOffsetDateTime();
    }

    /** The first instant after the as-of day (exclusive end of what has happened so far). */
    public OffsetDateTime asOfEnd() {
        return asOf.plusDays(1).atStartOfDay(KOSOVO).toOffsetDateTime();
    }
}

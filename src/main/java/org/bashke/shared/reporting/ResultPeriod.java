package org.bashke.shared.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The calendar year a dashboard shows, in Kosovo's time, and the day figures that describe a state (seats
 * filled, members active) are taken on: the last day of the year, or today while the year is running.
 *
 * @param year the calendar year
 * @param asOf the day states are taken on
 */
public record ResultPeriod(int year, LocalDate asOf) {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    /** The period for a year as seen today. */
    public static ResultPeriod of(int year, LocalDate today) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return new ResultPeriod(year, today.isBefore(last) ? today : last);
    }

    public LocalDate first() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate last() {
        return LocalDate.of(year, 12, 31);
    }

    /** The first instant of the year in Kosovo. */
    public OffsetDateTime start() {
        return first().atStartOfDay(KOSOVO).toOffsetDateTime();
    }

    /** The first instant after the year in Kosovo (exclusive end). */
    public OffsetDateTime end() {
        return first().plusYears(1).atStartOfDay(KOSOVO).toOffsetDateTime();
    }

    /** The first instant after the as-of day (exclusive end of what has happened so far). */
    public OffsetDateTime asOfEnd() {
        return asOf.plusDays(1).atStartOfDay(KOSOVO).toOffsetDateTime();
    }
}

package org.bashke.calendar.holiday;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bashke.calendar.PublicHoliday;
import org.bashke.calendar.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * {@link WorkingDays} over the holiday table, cached per year. An edit here evicts the years it
 * touches at once; other app instances pick the change up when their entry expires.
 */
@Service
class HolidayCalendar implements WorkingDays {

    /** How stale another instance's cache may be after an edit made elsewhere. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

    private record Year(List<PublicHoliday> holidays, Set<LocalDate> daysOff, Instant loaded) {
    }

    private final HolidayRecords records;
    private final Clock clock;
    private final Map<Integer, Year> cache = new ConcurrentHashMap<>();
    private final WorkingDayRule rule = new WorkingDayRule(year -> year(year).daysOff());

    HolidayCalendar(HolidayRecords records) {
        this.records = records;
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rule.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return rule.addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rule.workingDaysBetween(from, to);
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        return year(year).holidays().stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** Forget what is cached for a year (after a holiday in it was added, changed or removed). */
    void evict(int year) {
        cache.remove(year);
    }

    private Year year(int year) {
        Year cached = cache.get(year);
        Instant now = clock.instant();
        if (cached == null || cached.loaded().plus(TIME_TO_LIVE).isBefore(now)) {
            List<PublicHoliday> holidays = records.touchingYear(year);
            Set<LocalDate> daysOff = new HashSet<>();
            for (PublicHoliday h : holidays) {
                daysOff.add(h.date());
                if (h.observedOn() != null) {
                    daysOff.add(h.observedOn());
                }
            }
            cached = new Year(holidays, Set.copyOf(daysOff), now);
            cache.put(year, cached);
        }
        return cached;
    }
}

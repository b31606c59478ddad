package org.bashke.calendar.holiday;

import java.time.LocalDate;
import org.bashke.calendar.PublicHoliday;

/** What the secretariat sets on a holiday; also what the audit log records before and after a change. */
public record HolidayValues(LocalDate date, LocalDate observedOn, String nameSq, String nameSr, String nameEn) {

    static HolidayValues of(PublicHoliday h) {
        return new HolidayValues(h.date(), h.observedOn(), h.nameSq(), h.nameSr(), h.nameEn());
    }
}

package org.bashke.calendar;

import java.time.LocalDate;
import java.util.Locale;
import org.bashke.shared.text.SerbianScript;

/**
 * A public holiday. {@code observedOn} is the working day given off instead when the holiday falls
 * on a weekend (null otherwise). The Serbian name is kept in Latin script and shown in the reader's.
 */
public record PublicHoliday(long id, LocalDate date, LocalDate observedOn, String nameSq, String nameSr, String nameEn) {

    /** The day people are actually off: the observed day when there is one, else the date. */
    public LocalDate dayOff() {
        return observedOn != null ? observedOn : date;
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sr" -> SerbianScript.forDisplay(nameSr, locale);
            case "en" -> nameEn;
            default -> nameSq;
        };
    }
}

package org.bashke.calendar.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bashke.calendar.PublicHoliday;
import org.bashke.calendar.holiday.HolidayValues;
import org.bashke.calendar.holiday.WorkingDayRule;
import org.bashke.shared.text.SerbianScript;
import org.springframework.validation.Errors;

/** The add/edit form. Dates stay text until checked, so a bad one is a message next to the field. */
public class HolidayForm {

    static final int NAME_MAX = 200;

    private String date;
    private String observedOn;
    private String nameSq;
    private String nameSr;
    private String nameEn;

    static HolidayForm of(PublicHoliday h) {
        HolidayForm f = new HolidayForm();
        f.date = h.date().toString();
        f.observedOn = h.observedOn() == null ? null : h.observedOn().toString();
        f.nameSq = h.nameSq();
        f.nameSr = h.nameSr();
        f.nameEn = h.nameEn();
        return f;
    }

    /** The values, or null with the problems in {@code errors}. */
    HolidayValues validate(Errors errors) {
        LocalDate d = date("date", date, true, errors);
        LocalDate observed = date("observedOn", observedOn, false, errors);
        if (d != null && (d.getYear() < 1990 || d.getYear() > 2200)) {
            errors.rejectValue("date", "calendar.holiday.date.outOfRange");
        }
        if (d != null && observed != null && !observed.isAfter(d)) {
            errors.rejectValue("observedOn", "calendar.holiday.observedOn.notAfter");
        } else if (observed != null && WorkingDayRule.isWeekend(observed)) {
            errors.rejectValue("observedOn", "calendar.holiday.observedOn.weekend");
        }
        name("nameSq", nameSq, errors);
        name("nameSr", nameSr, errors);
        name("nameEn", nameEn, errors);
        return errors.hasErrors() ? null : new HolidayValues(d, observed, nameSq.strip(),
                // Serbian is stored in Latin script; Cyrillic typed in is accepted and converted
                SerbianScript.toLatin(nameSr.strip()), nameEn.strip());
    }

    private static LocalDate date(String field, String value, boolean required, Errors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "calendar.holiday.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "calendar.holiday.date.invalid");
            return null;
        }
    }

    private static void name(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "calendar.holiday.name.required");
        } else if (value.strip().length() > NAME_MAX) {
            errors.rejectValue(field, "calendar.holiday.name.tooLong");
        }
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getObservedOn() { return observedOn; }
    public void setObservedOn(String observedOn) { this.observedOn = observedOn; }
    public String getNameSq() { return nameSq; }
    public void setNameSq(String nameSq) { this.nameSq = nameSq; }
    public String getNameSr() { return nameSr; }
    public void setNameSr(String nameSr) { this.nameSr = nameSr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}

package org.bashke.council.body.web.admin;

import java.time.LocalDate;
import org.bashke.council.body.Term;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A term's label, dates and seat quotas per side. */
public class TermForm {

    private String label;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private Integer governmentSeats;
    private Integer civilSocietySeats;

    static TermForm of(Term t) {
        TermForm f = new TermForm();
        f.label = t.getLabel();
        f.startsOn = t.getStartsOn();
        f.endsOn = t.getEndsOn();
        f.governmentSeats = t.getGovernmentSeats();
        f.civilSocietySeats = t.getCivilSocietySeats();
        return f;
    }

    boolean validate(Errors errors) {
        if (label == null || label.isBlank()) {
            errors.rejectValue("label", "council.rule.term.labelRequired");
        }
        if (startsOn == null && !errors.hasFieldErrors("startsOn")) {
            errors.rejectValue("startsOn", "council.rule.term.startRequired");
        }
        if (governmentSeats == null || governmentSeats < 0 || governmentSeats > 500) {
            errors.rejectValue("governmentSeats", "council.rule.term.quota");
        }
        if (civilSocietySeats == null || civilSocietySeats < 0 || civilSocietySeats > 500) {
            errors.rejectValue("civilSocietySeats", "council.rule.term.quota");
        }
        return !errors.hasErrors();
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getGovernmentSeats() { return governmentSeats; }
    public void setGovernmentSeats(Integer governmentSeats) { this.governmentSeats = governmentSeats; }
    public Integer getCivilSocietySeats() { return civilSocietySeats; }
    public void setCivilSocietySeats(Integer civilSocietySeats) { this.civilSocietySeats = civilSocietySeats; }
}

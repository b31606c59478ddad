package org.bashke.dialogue.web.admin;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A meeting or step of a process, with its outcome. */
public class StepForm {

    private String heldOn;
    private String title;
    private String outcome;

    /** The date, or null with the problem in {@code errors}. */
    LocalDate validate(Errors errors) {
        LocalDate date = ProcessForm.DateField.parse(heldOn, "heldOn", errors);
        if (ProcessForm.blank(title)) {
            errors.rejectValue("title", "dialogue.form.stepTitle.required");
        } else if (title.strip().length() > 300) {
            errors.rejectValue("title", "dialogue.form.title.long");
        }
        return errors.hasErrors() ? null : date;
    }

    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}

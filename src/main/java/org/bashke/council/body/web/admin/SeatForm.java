package org.bashke.council.body.web.admin;

import java.time.LocalDate;
import org.bashke.council.body.Office;
import org.bashke.council.body.Side;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Seating a person: picked by e-mail, for an organisation picked by name. */
public class SeatForm {

    private Side side;
    private String email;
    private String organisation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;
    private Office office;
    private String note;

    boolean validate(Errors errors) {
        if (side == null) {
            errors.rejectValue("side", "council.rule.seat.sideRequired");
        }
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "council.rule.person.unknown");
        }
        if (since == null && !errors.hasFieldErrors("since")) {
            errors.rejectValue("since", "council.rule.seat.outsideTerm");
        }
        return !errors.hasErrors();
    }

    public Side getSide() { return side; }
    public void setSide(Side side) { this.side = side; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public Office getOffice() { return office; }
    public void setOffice(Office office) { this.office = office; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

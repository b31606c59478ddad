package org.bashke.council.election.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bashke.council.election.ElectionKind;
import org.bashke.council.election.ElectionValues;
import org.bashke.council.election.EligibilityRule;
import org.springframework.validation.Errors;

/** A new election. Numbers and dates stay text until checked, so a bad one is a message next to its field. */
public class ElectionForm {

    private Long bodyId;
    private ElectionKind kind = ElectionKind.REGULAR;
    private String titleSq;
    private String titleSr;
    private String titleEn;
    private String callSq;
    private String callSr;
    private String callEn;
    private String seats;
    private String candidacyDeadline;
    private EligibilityRule eligibility = EligibilityRule.REGISTERED;
    private String registrationDeadline;
    private String votingClosesOn;
    private String seatsFrom;
    private String inspectionDays;

    /** The values, or null with the problems in {@code errors}. */
    ElectionValues validate(Errors errors) {
        if (bodyId == null) {
            errors.rejectValue("bodyId", "council-election.form.body.required");
        }
        if (kind == null) {
            errors.rejectValue("kind", "council-election.form.required");
        }
        if (blank(titleSq) && blank(titleSr) && blank(titleEn)) {
            errors.rejectValue("titleSq", "council-election.form.title.required");
        }
        if (blank(callSq) && blank(callSr) && blank(callEn)) {
            errors.rejectValue("callSq", "council-election.form.call.required");
        }
        Integer n = number(errors, "seats", seats, 1);
        Integer days = number(errors, "inspectionDays", inspectionDays, 0);
        LocalDate deadline = date(errors, "candidacyDeadline", candidacyDeadline, true);
        if (eligibility == null) {
            errors.rejectValue("eligibility", "council-election.form.required");
        }
        LocalDate registration = date(errors, "registrationDeadline", registrationDeadline, eligibility == EligibilityRule.REGISTERED);
        LocalDate closes = date(errors, "votingClosesOn", votingClosesOn, true);
        LocalDate from = date(errors, "seatsFrom", seatsFrom, true);
        if (deadline != null && closes != null && closes.isBefore(deadline)) {
            errors.rejectValue("votingClosesOn", "council-election.rule.closes.beforeDeadline");
        }
        if (registration != null && closes != null && registration.isAfter(closes)) {
            errors.rejectValue("registrationDeadline", "council-election.rule.registration.deadline");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ElectionValues(bodyId, kind, titleSq, titleSr, titleEn, callSq, callSr, callEn, n, deadline, eligibility,
                registration, closes, from, days);
    }

    private static Integer number(Errors errors, String field, String value, int min) {
        if (blank(value)) {
            errors.rejectValue(field, "council-election.form.required");
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > 1000) {
                errors.rejectValue(field, "council-election.form.number");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "council-election.form.number");
            return null;
        }
    }

    private static LocalDate date(Errors errors, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.rejectValue(field, "council-election.form.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "council-election.form.date");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public ElectionKind getKind() { return kind; }
    public void setKind(ElectionKind kind) { this.kind = kind; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getCallSq() { return callSq; }
    public void setCallSq(String callSq) { this.callSq = callSq; }
    public String getCallSr() { return callSr; }
    public void setCallSr(String callSr) { this.callSr = callSr; }
    public String getCallEn() { return callEn; }
    public void setCallEn(String callEn) { this.callEn = callEn; }
    public String getSeats() { return seats; }
    public void setSeats(String seats) { this.seats = seats; }
    public String getCandidacyDeadline() { return candidacyDeadline; }
    public void setCandidacyDeadline(String candidacyDeadline) { this.candidacyDeadline = candidacyDeadline; }
    public EligibilityRule getEligibility() { return eligibility; }
    public void setEligibility(EligibilityRule eligibility) { this.eligibility = eligibility; }
    public String getRegistrationDeadline() { return registrationDeadline; }
    public void setRegistrationDeadline(String registrationDeadline) { this.registrationDeadline = registrationDeadline; }
    public String getVotingClosesOn() { return votingClosesOn; }
    public void setVotingClosesOn(String votingClosesOn) { this.votingClosesOn = votingClosesOn; }
    public String getSeatsFrom() { return seatsFrom; }
    public void setSeatsFrom(String seatsFrom) { this.seatsFrom = seatsFrom; }
    public String getInspectionDays() { return inspectionDays; }
    public void setInspectionDays(String inspectionDays) { this.inspectionDays = inspectionDays; }
}

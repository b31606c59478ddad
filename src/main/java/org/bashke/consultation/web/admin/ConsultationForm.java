package org.bashke.consultation.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationValues;
import org.springframework.validation.Errors;

/** Create / edit a consultation. Dates stay text until checked, so a bad one is a message next to the field. */
public class ConsultationForm {

    private Long institutionId;
    private String titleSq;
    private String titleSr;
    private String titleEn;
    private String summarySq;
    private String summarySr;
    private String summaryEn;
    private DraftType draftType;
    private String contactName;
    private String contactEmail;
    private String opensOn;
    private String closesOn;
    private String periodJustification;

    static ConsultationForm of(Consultation c) {
        ConsultationForm f = new ConsultationForm();
        f.institutionId = c.getInstitutionId();
        f.titleSq = c.getTitle().get(org.bashke.shared.text.Language.SQ);
        f.titleSr = c.getTitle().get(org.bashke.shared.text.Language.SR);
        f.titleEn = c.getTitle().get(org.bashke.shared.text.Language.EN);
        f.summarySq = c.getSummary().get(org.bashke.shared.text.Language.SQ);
        f.summarySr = c.getSummary().get(org.bashke.shared.text.Language.SR);
        f.summaryEn = c.getSummary().get(org.bashke.shared.text.Language.EN);
        f.draftType = c.getDraftType();
        f.contactName = c.getContactName();
        f.contactEmail = c.getContactEmail();
        f.opensOn = String.valueOf(c.getOpensOn());
        f.closesOn = String.valueOf(c.getClosesOn());
        f.periodJustification = c.getPeriodJustification();
        return f;
    }

    /** The values, or null with the problems in {@code errors}. */
    ConsultationValues validate(Errors errors) {
        if (institutionId == null) {
            errors.rejectValue("institutionId", "consultation.form.institution.required");
        }
        if (blank(titleSq) && blank(titleSr)) {
            errors.rejectValue("titleSq", "consultation.form.title.required");
        }
        if (blank(summarySq) && blank(summarySr)) {
            errors.rejectValue("summarySq", "consultation.form.summary.required");
        }
        if (draftType == null) {
            errors.rejectValue("draftType", "consultation.form.draftType.required");
        }
        if (blank(contactName)) {
            errors.rejectValue("contactName", "consultation.form.contactName.required");
        }
        if (blank(contactEmail) || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue("contactEmail", "consultation.form.contactEmail.invalid");
        }
        LocalDate opens = date("opensOn", opensOn, errors);
        LocalDate closes = date("closesOn", closesOn, errors);
        for (String[] f : new String[][] {{"titleSq", titleSq}, {"titleSr", titleSr}, {"titleEn", titleEn}, {"contactName", contactName}}) {
            if (f[1] != null && f[1].length() > 300) {
                errors.rejectValue(f[0], "consultation.form.tooLong");
            }
        }
        return errors.hasErrors() ? null : new ConsultationValues(institutionId, titleSq, titleSr, titleEn, summarySq, summarySr,
                summaryEn, draftType, contactName, contactEmail, opens, closes, periodJustification);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (blank(value)) {
            errors.rejectValue(field, "consultation.form.date.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "consultation.form.date.invalid");
            return null;
        }
    }

    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummarySq() { return summarySq; }
    public void setSummarySq(String summarySq) { this.summarySq = summarySq; }
    public String getSummarySr() { return summarySr; }
    public void setSummarySr(String summarySr) { this.summarySr = summarySr; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public DraftType getDraftType() { return draftType; }
    public void setDraftType(DraftType draftType) { this.draftType = draftType; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getOpensOn() { return opensOn; }
    public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
    public String getPeriodJustification() { return periodJustification; }
    public void setPeriodJustification(String periodJustification) { this.periodJustification = periodJustification; }
}

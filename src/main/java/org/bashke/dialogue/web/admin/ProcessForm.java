package org.bashke.dialogue.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.ProcessStatus;
import org.bashke.dialogue.process.ProcessType;
import org.bashke.dialogue.process.ProcessValues;
import org.bashke.shared.text.Language;
import org.springframework.validation.Errors;

/** Create / describe a process. The date stays text until checked, so a bad one is a message next to the field. */
public class ProcessForm {

    private Long organisationId;
    private ProcessType type;
    private ProcessStatus status;
    private String titleSq;
    private String titleSr;
    private String titleEn;
    private String summarySq;
    private String summarySr;
    private String summaryEn;
    private String startedOn;

    static ProcessForm of(DialogueProcess p) {
        ProcessForm f = new ProcessForm();
        f.organisationId = p.getOrganisationId();
        f.type = p.getType();
        f.status = p.getStatus();
        f.titleSq = p.getTitle().get(Language.SQ);
        f.titleSr = p.getTitle().get(Language.SR);
        f.titleEn = p.getTitle().get(Language.EN);
        f.summarySq = p.getSummary().get(Language.SQ);
        f.summarySr = p.getSummary().get(Language.SR);
        f.summaryEn = p.getSummary().get(Language.EN);
        f.startedOn = String.valueOf(p.getStartedOn());
        return f;
    }

    ProcessValues validate(Errors errors) {
        if (organisationId == null) {
            errors.rejectValue("organisationId", "dialogue.form.institution.required");
        }
        if (type == null && !errors.hasFieldErrors("type")) {
            errors.rejectValue("type", "dialogue.form.type.required");
        }
        if (status == null && !errors.hasFieldErrors("status")) {
            errors.rejectValue("status", "dialogue.form.status.required");
        }
        if (blank(titleSq) && blank(titleSr)) {
            errors.rejectValue("titleSq", "dialogue.form.title.required");
        }
        if (blank(summarySq) && blank(summarySr)) {
            errors.rejectValue("summarySq", "dialogue.form.summary.required");
        }
        LocalDate started = DateField.parse(startedOn, "startedOn", errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new ProcessValues(organisationId, type, status, titleSq, titleSr, titleEn, summarySq, summarySr, summaryEn, started);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Dates typed by people: ISO (what a date input sends) or dd.MM.yyyy. */
    static final class DateField {
        private DateField() {
        }

        static LocalDate parse(String text, String field, Errors errors) {
            if (blank(text)) {
                errors.rejectValue(field, "dialogue.form.date.required");
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
                } catch (DateTimeParseException e2) {
                    errors.rejectValue(field, "dialogue.form.date.invalid");
                    return null;
                }
            }
        }
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public ProcessType getType() { return type; }
    public void setType(ProcessType type) { this.type = type; }
    public ProcessStatus getStatus() { return status; }
    public void setStatus(ProcessStatus status) { this.status = status; }
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
    public String getStartedOn() { return startedOn; }
    public void setStartedOn(String startedOn) { this.startedOn = startedOn; }
}

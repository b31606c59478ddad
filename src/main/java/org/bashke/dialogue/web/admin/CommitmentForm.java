package org.bashke.dialogue.web.admin;

import java.time.LocalDate;
import org.bashke.dialogue.commitment.RecordCommitment;
import org.springframework.validation.Errors;

/** What an institution committed to, where it was said, who is responsible and by when. */
public class CommitmentForm {

    private String textSq;
    private String textSr;
    private String textEn;
    private String source;
    private Long responsibleOrganisationId;
    private String madeOn;
    private String deadline;
    private Long stepId;

    RecordCommitment.Values validate(Errors errors) {
        if (ProcessForm.blank(textSq) && ProcessForm.blank(textSr)) {
            errors.rejectValue("textSq", "dialogue.form.commitmentText.required");
        }
        if (responsibleOrganisationId == null) {
            errors.rejectValue("responsibleOrganisationId", "dialogue.form.institution.required");
        }
        LocalDate made = ProcessForm.DateField.parse(madeOn, "madeOn", errors);
        LocalDate due = ProcessForm.DateField.parse(deadline, "deadline", errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordCommitment.Values(textSq, textSr, textEn, source, responsibleOrganisationId, made, due, stepId);
    }

    public String getTextSq() { return textSq; }
    public void setTextSq(String textSq) { this.textSq = textSq; }
    public String getTextSr() { return textSr; }
    public void setTextSr(String textSr) { this.textSr = textSr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getResponsibleOrganisationId() { return responsibleOrganisationId; }
    public void setResponsibleOrganisationId(Long responsibleOrganisationId) { this.responsibleOrganisationId = responsibleOrganisationId; }
    public String getMadeOn() { return madeOn; }
    public void setMadeOn(String madeOn) { this.madeOn = madeOn; }
    public Long getStepId() { return stepId; }
    public void setStepId(Long stepId) { this.stepId = stepId; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
}

package org.bashke.network.position.web;

import org.bashke.network.position.AdoptingBody;
import org.bashke.network.position.ManagePositions;
import org.bashke.network.position.SubjectKind;
import org.bashke.shared.text.Language;

/** A position's subject and text as the secretariat writes it (new position or new version). */
public class PositionForm {

    private SubjectKind subjectKind = SubjectKind.LAW;
    private Long consultationId;
    private Long agendaItemId;
    private AdoptingBody requiredBody = AdoptingBody.BOARD;
    private Language original = Language.SQ;
    private String titleSq;
    private String titleSr;
    private String titleEn;
    private String textSq;
    private String textSr;
    private String textEn;
    private String note;

    ManagePositions.Text text() {
        return new ManagePositions.Text(original == null ? Language.SQ : original, titleSq, titleSr, titleEn, textSq, textSr, textEn, note);
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public AdoptingBody getRequiredBody() {
        return requiredBody;
    }

    public void setRequiredBody(AdoptingBody requiredBody) {
        this.requiredBody = requiredBody;
    }

    public Language getOriginal() {
        return original;
    }

    public void setOriginal(Language original) {
        this.original = original;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleSr() {
        return titleSr;
    }

    public void setTitleSr(String titleSr) {
        this.titleSr = titleSr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTextSq() {
        return textSq;
    }

    public void setTextSq(String textSq) {
        this.textSq = textSq;
    }

    public String getTextSr() {
        return textSr;
    }

    public void setTextSr(String textSr) {
        this.textSr = textSr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

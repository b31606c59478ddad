package org.bashke.network.complaint.web;

import java.time.LocalDate;

/** What the handlers or the member concerned write at a step of a case. */
public class CaseStepForm {

    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate hearingOn;
    private String hearingNotes;
    private String outcome;
    private String reasons;
    private String summarySq;
    private String summarySr;
    private String summaryEn;
    private String response;

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public void setHearingOn(LocalDate hearingOn) {
        this.hearingOn = hearingOn;
    }

    public String getHearingNotes() {
        return hearingNotes;
    }

    public void setHearingNotes(String hearingNotes) {
        this.hearingNotes = hearingNotes;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getSummarySq() {
        return summarySq;
    }

    public void setSummarySq(String summarySq) {
        this.summarySq = summarySq;
    }

    public String getSummarySr() {
        return summarySr;
    }

    public void setSummarySr(String summarySr) {
        this.summarySr = summarySr;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}

package org.bashke.monitoring.web.admin;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The secretariat's forms on an annual report version: a new draft, its introduction, the Council's approval. */
public class ReportForm {
    private Long strategyId;
    private Integer year;
    private String introSq;
    private String introSr;
    private String introEn;
    private Long decisionId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;
    private String reference;

    public Long getStrategyId() { return strategyId; }
    public void setStrategyId(Long strategyId) { this.strategyId = strategyId; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getIntroSq() { return introSq; }
    public void setIntroSq(String introSq) { this.introSq = introSq; }
    public String getIntroSr() { return introSr; }
    public void setIntroSr(String introSr) { this.introSr = introSr; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String introEn) { this.introEn = introEn; }
    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long decisionId) { this.decisionId = decisionId; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}

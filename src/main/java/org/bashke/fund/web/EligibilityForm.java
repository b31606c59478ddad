package org.bashke.fund.web;

import java.math.BigDecimal;
import org.springframework.web.multipart.MultipartFile;

/** An organisation's yearly declaration that it lacks the means. */
public class EligibilityForm {

    private Long organisationId;
    private Integer year;
    private boolean lacksMeans;
    private BigDecimal annualBudget;
    private String statement;
    private MultipartFile document;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isLacksMeans() {
        return lacksMeans;
    }

    public void setLacksMeans(boolean lacksMeans) {
        this.lacksMeans = lacksMeans;
    }

    public BigDecimal getAnnualBudget() {
        return annualBudget;
    }

    public void setAnnualBudget(BigDecimal annualBudget) {
        this.annualBudget = annualBudget;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public MultipartFile getDocument() {
        return document;
    }

    public void setDocument(MultipartFile document) {
        this.document = document;
    }
}

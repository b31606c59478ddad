package org.bashke.network.complaint.web;

/** A complaint as its complainant writes it. */
public class ComplaintForm {

    private Long organisationId;
    private String subject;
    private String description;
    private boolean withholdName;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isWithholdName() {
        return withholdName;
    }

    public void setWithholdName(boolean withholdName) {
        this.withholdName = withholdName;
    }
}

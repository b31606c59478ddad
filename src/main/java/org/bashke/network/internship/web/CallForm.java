package org.bashke.network.internship.web;

import java.time.LocalDate;

/** A new call for interns as the secretariat writes it. */
public class CallForm {

    private Long hostOrganisationId;
    private String topicSq;
    private String topicSr;
    private String topicEn;
    private String descriptionSq;
    private String descriptionSr;
    private String descriptionEn;
    private Integer durationMonths;
    private Integer places;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private Integer retentionDays;
    private String selectors;

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public void setHostOrganisationId(Long hostOrganisationId) {
        this.hostOrganisationId = hostOrganisationId;
    }

    public String getTopicSq() {
        return topicSq;
    }

    public void setTopicSq(String topicSq) {
        this.topicSq = topicSq;
    }

    public String getTopicSr() {
        return topicSr;
    }

    public void setTopicSr(String topicSr) {
        this.topicSr = topicSr;
    }

    public String getTopicEn() {
        return topicEn;
    }

    public void setTopicEn(String topicEn) {
        this.topicEn = topicEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionSr() {
        return descriptionSr;
    }

    public void setDescriptionSr(String descriptionSr) {
        this.descriptionSr = descriptionSr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public String getSelectors() {
        return selectors;
    }

    public void setSelectors(String selectors) {
        this.selectors = selectors;
    }
}

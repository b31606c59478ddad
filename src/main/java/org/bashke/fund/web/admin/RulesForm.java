package org.bashke.fund.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.bashke.fund.rules.RulesVersion;
import org.springframework.format.annotation.DateTimeFormat;

/** The figures of a rules version, as the secretariat enters them. */
public class RulesForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    private BigDecimal perKmRate;
    private BigDecimal accommodationCap;
    private Integer accommodationMinKm;
    private BigDecimal mealsCapPerDay;
    private BigDecimal otherCap;
    private BigDecimal claimCap;
    private BigDecimal organisationYearCap;
    private BigDecimal fourEyesThreshold;
    private BigDecimal eligibilityMaxBudget;
    private boolean eligibilityDocumentRequired;
    private String notes;

    static RulesForm of(RulesVersion.RulesValues v) {
        RulesForm f = new RulesForm();
        f.effectiveFrom = v.effectiveFrom();
        f.perKmRate = v.perKmRate();
        f.accommodationCap = v.accommodationCap();
        f.accommodationMinKm = v.accommodationMinKm();
        f.mealsCapPerDay = v.mealsCapPerDay();
        f.otherCap = v.otherCap();
        f.claimCap = v.claimCap();
        f.organisationYearCap = v.organisationYearCap();
        f.fourEyesThreshold = v.fourEyesThreshold();
        f.eligibilityMaxBudget = v.eligibilityMaxBudget();
        f.eligibilityDocumentRequired = v.eligibilityDocumentRequired();
        f.notes = v.notes();
        return f;
    }

    RulesVersion.RulesValues values() {
        return new RulesVersion.RulesValues(effectiveFrom, perKmRate, accommodationCap, accommodationMinKm, mealsCapPerDay, otherCap,
                claimCap, organisationYearCap, fourEyesThreshold, eligibilityMaxBudget, eligibilityDocumentRequired,
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getPerKmRate() {
        return perKmRate;
    }

    public void setPerKmRate(BigDecimal perKmRate) {
        this.perKmRate = perKmRate;
    }

    public BigDecimal getAccommodationCap() {
        return accommodationCap;
    }

    public void setAccommodationCap(BigDecimal accommodationCap) {
        this.accommodationCap = accommodationCap;
    }

    public Integer getAccommodationMinKm() {
        return accommodationMinKm;
    }

    public void setAccommodationMinKm(Integer accommodationMinKm) {
        this.accommodationMinKm = accommodationMinKm;
    }

    public BigDecimal getMealsCapPerDay() {
        return mealsCapPerDay;
    }

    public void setMealsCapPerDay(BigDecimal mealsCapPerDay) {
        this.mealsCapPerDay = mealsCapPerDay;
    }

    public BigDecimal getOtherCap() {
        return otherCap;
    }

    public void setOtherCap(BigDecimal otherCap) {
        this.otherCap = otherCap;
    }

    public BigDecimal getClaimCap() {
        return claimCap;
    }

    public void setClaimCap(BigDecimal claimCap) {
        this.claimCap = claimCap;
    }

    public BigDecimal getOrganisationYearCap() {
        return organisationYearCap;
    }

    public void setOrganisationYearCap(BigDecimal organisationYearCap) {
        this.organisationYearCap = organisationYearCap;
    }

    public BigDecimal getFourEyesThreshold() {
        return fourEyesThreshold;
    }

    public void setFourEyesThreshold(BigDecimal fourEyesThreshold) {
        this.fourEyesThreshold = fourEyesThreshold;
    }

    public BigDecimal getEligibilityMaxBudget() {
        return eligibilityMaxBudget;
    }

    public void setEligibilityMaxBudget(BigDecimal eligibilityMaxBudget) {
        this.eligibilityMaxBudget = eligibilityMaxBudget;
    }

    public boolean isEligibilityDocumentRequired() {
        return eligibilityDocumentRequired;
    }

    public void setEligibilityDocumentRequired(boolean eligibilityDocumentRequired) {
        this.eligibilityDocumentRequired = eligibilityDocumentRequired;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}

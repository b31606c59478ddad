package org.bashke.fund.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of the fund's rules for a year. Drafts may be edited; once published a version is fixed for
 * good (claims were judged by it), and a change is a new version in force from a later date.
 */
@Entity
@Table(name = "support_rules")
public class RulesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rules_year")
    private int year;
    private int number;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Enumerated(EnumType.STRING)
    private RulesStatus status;
    @Column(name = "per_km_rate")
    private BigDecimal perKmRate;
    @Column(name = "accommodation_cap")
    private BigDecimal accommodationCap;
    @Column(name = "accommodation_min_km")
    private int accommodationMinKm;
    @Column(name = "meals_cap_per_day")
    private BigDecimal mealsCapPerDay;
    @Column(name = "other_cap")
    private BigDecimal otherCap;
    @Column(name = "claim_cap")
    private BigDecimal claimCap;
    @Column(name = "organisation_year_cap")
    private BigDecimal organisationYearCap;
    @Column(name = "four_eyes_threshold")
    private BigDecimal fourEyesThreshold;
    @Column(name = "eligibility_max_budget")
    private BigDecimal eligibilityMaxBudget;
    @Column(name = "eligibility_document_required")
    private boolean eligibilityDocumentRequired;
    private String notes;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected RulesVersion() {
    }

    public RulesVersion(int year, int number, RulesValues values, Instant now) {
        this.year = year;
        this.number = number;
        this.status = RulesStatus.DRAFT;
        this.createdAt = now;
        apply(values);
    }

    /** The figures a secretariat form sets. */
    public record RulesValues(LocalDate effectiveFrom, BigDecimal perKmRate, BigDecimal accommodationCap,
                              int accommodationMinKm, BigDecimal mealsCapPerDay, BigDecimal otherCap,
                              BigDecimal claimCap, BigDecimal organisationYearCap, BigDecimal fourEyesThreshold,
                              BigDecimal eligibilityMaxBudget, boolean eligibilityDocumentRequired, String notes) {
    }

    public void edit(RulesValues values) {
        if (status == RulesStatus.PUBLISHED) {
            throw new FundRuleBroken("support.rule.rules.published");
        }
        apply(values);
    }

    private void apply(RulesValues v) {
        if (v.effectiveFrom().getYear() != year) {
            throw new FundRuleBroken("support.rule.rules.effectiveYear", year);
        }
        this.effectiveFrom = v.effectiveFrom();
        this.perKmRate = v.perKmRate();
        this.accommodationCap = v.accommodationCap();
        this.accommodationMinKm = v.accommodationMinKm();
        this.mealsCapPerDay = v.mealsCapPerDay();
        this.otherCap = v.otherCap();
        this.claimCap = v.claimCap();
        this.organisationYearCap = v.organisationYearCap();
        this.fourEyesThreshold = v.fourEyesThreshold();
        this.eligibilityMaxBudget = v.eligibilityMaxBudget();
        this.eligibilityDocumentRequired = v.eligibilityDocumentRequired();
        this.notes = v.notes();
    }

    public void publish(String by, Instant now) {
        if (status == RulesStatus.PUBLISHED) {
            throw new FundRuleBroken("support.rule.rules.published");
        }
        this.status = RulesStatus.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    public RulesTerms terms() {
        return new RulesTerms(perKmRate, accommodationCap, accommodationMinKm, mealsCapPerDay, otherCap, claimCap,
                organisationYearCap, fourEyesThreshold);
    }

    public RulesValues values() {
        return new RulesValues(effectiveFrom, perKmRate, accommodationCap, accommodationMinKm, mealsCapPerDay, otherCap,
                claimCap, organisationYearCap, fourEyesThreshold, eligibilityMaxBudget, eligibilityDocumentRequired, notes);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("number", number);
        m.put("status", status);
        m.put("values", values());
        return m;
    }

    public boolean isPublished() {
        return status == RulesStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public RulesStatus getStatus() {
        return status;
    }

    public BigDecimal getPerKmRate() {
        return perKmRate;
    }

    public BigDecimal getAccommodationCap() {
        return accommodationCap;
    }

    public int getAccommodationMinKm() {
        return accommodationMinKm;
    }

    public BigDecimal getMealsCapPerDay() {
        return mealsCapPerDay;
    }

    public BigDecimal getOtherCap() {
        return otherCap;
    }

    public BigDecimal getClaimCap() {
        return claimCap;
    }

    public BigDecimal getOrganisationYearCap() {
        return organisationYearCap;
    }

    public BigDecimal getFourEyesThreshold() {
        return fourEyesThreshold;
    }

    public BigDecimal getEligibilityMaxBudget() {
        return eligibilityMaxBudget;
    }

    public boolean isEligibilityDocumentRequired() {
        return eligibilityDocumentRequired;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

package org.bashke.fund.eligibility;

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
import org.bashke.fund.rules.FundRuleBroken;

/**
 * An organisation's standing with the fund for one year: its self-declaration that it lacks the means (with
 * its annual budget and, where the rules ask, a document), and the secretariat's decision with its reason.
 */
@Entity
@Table(name = "support_eligibility")
public class Eligibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "eligibility_year")
    private int year;
    @Column(name = "lacks_means")
    private boolean lacksMeans;
    @Column(name = "annual_budget")
    private BigDecimal annualBudget;
    private String statement;
    @Column(name = "document_file_id")
    private Long documentFileId;
    @Column(name = "declared_by")
    private long declaredBy;
    @Column(name = "declared_at")
    private Instant declaredAt;
    @Enumerated(EnumType.STRING)
    private EligibilityStatus status;
    private String reason;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected Eligibility() {
    }

    public Eligibility(long organisationId, int year) {
        this.organisationId = organisationId;
        this.year = year;
        this.status = EligibilityStatus.PENDING;
    }

    /** A (new) declaration: it goes back to the secretariat, unless the organisation is already eligible. */
    public void declare(boolean lacksMeans, BigDecimal annualBudget, String statement, Long documentFileId, long by, Instant now) {
        if (status == EligibilityStatus.ELIGIBLE) {
            throw new FundRuleBroken("support.rule.eligibility.alreadyEligible");
        }
        if (!lacksMeans) {
            throw new FundRuleBroken("support.rule.eligibility.lacksMeans");
        }
        this.lacksMeans = true;
        this.annualBudget = annualBudget;
        this.statement = statement.strip();
        if (documentFileId != null) {
            this.documentFileId = documentFileId;
        }
        this.declaredBy = by;
        this.declaredAt = now;
        this.status = EligibilityStatus.PENDING;
        this.reason = null;
    }

    public void decide(boolean eligible, String reason, LocalDate validFrom, String by, Instant now) {
        if (declaredAt == null) {
            throw new FundRuleBroken("support.rule.eligibility.noDeclaration");
        }
        if (reason == null || reason.isBlank()) {
            throw new FundRuleBroken("support.rule.eligibility.reason");
        }
        if (eligible && (validFrom == null || validFrom.getYear() != year)) {
            throw new FundRuleBroken("support.rule.eligibility.validFrom", year);
        }
        this.status = eligible ? EligibilityStatus.ELIGIBLE : EligibilityStatus.NOT_ELIGIBLE;
        this.reason = reason.strip();
        this.validFrom = eligible ? validFrom : null;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Eligible for a meeting on this date: decided eligible for that year, from a date on or before it. */
    public boolean eligibleOn(LocalDate date) {
        return status == EligibilityStatus.ELIGIBLE && date.getYear() == year && validFrom != null && !date.isBefore(validFrom);
    }

    /** Whether the declaration meets the year's published criteria (the secretariat still decides, with a reason). */
    public boolean meetsCriteria(BigDecimal maxBudget, boolean documentRequired) {
        return lacksMeans && annualBudget != null && annualBudget.compareTo(maxBudget) <= 0
                && (!documentRequired || documentFileId != null);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", organisationId);
        m.put("year", year);
        m.put("lacksMeans", lacksMeans);
        m.put("annualBudget", annualBudget);
        m.put("documentFileId", documentFileId);
        m.put("status", status);
        m.put("reason", reason);
        m.put("validFrom", validFrom);
        return m;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public boolean isLacksMeans() {
        return lacksMeans;
    }

    public BigDecimal getAnnualBudget() {
        return annualBudget;
    }

    public String getStatement() {
        return statement;
    }

    public Long getDocumentFileId() {
        return documentFileId;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public EligibilityStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}

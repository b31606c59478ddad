package org.bashke.fund.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;

/** One cost of a claim, with what the rules allow for it and, after review, what was approved and why. */
@Entity
@Table(name = "support_claim_line")
public class ClaimLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;
    private int position;
    @Enumerated(EnumType.STRING)
    private CostKind kind;
    private BigDecimal quantity;
    @Column(name = "unit_amount")
    private BigDecimal unitAmount;
    private String justification;
    @Column(name = "receipt_file_id")
    private Long receiptFileId;
    @Column(name = "km_entered")
    private boolean kmEntered;
    @Column(name = "allowed_amount")
    private BigDecimal allowedAmount;
    private String computation;
    @Column(name = "approved_amount")
    private BigDecimal approvedAmount;
    @Column(name = "reduction_reason")
    private String reductionReason;

    protected ClaimLine() {
    }

    ClaimLine(Claim claim, int position, CostKind kind, CostRules.LineAmount amount, String justification, Long receiptFileId) {
        this.claim = claim;
        this.position = position;
        this.kind = kind;
        this.quantity = amount.quantity();
        this.unitAmount = amount.unitAmount();
        this.allowedAmount = amount.allowed();
        this.computation = amount.computation();
        this.kmEntered = amount.kmEntered();
        this.justification = justification == null || justification.isBlank() ? null : justification.strip();
        this.receiptFileId = receiptFileId;
    }

    void decide(BigDecimal approved, String reason) {
        this.approvedAmount = approved;
        this.reductionReason = reason;
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("quantity", quantity);
        m.put("unitAmount", unitAmount);
        m.put("allowed", allowedAmount);
        m.put("computation", computation);
        m.put("receiptFileId", receiptFileId);
        m.put("justification", justification);
        m.put("approved", approvedAmount);
        m.put("reductionReason", reductionReason);
        return m;
    }

    public boolean isReduced() {
        return approvedAmount != null && approvedAmount.compareTo(allowedAmount) < 0;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public CostKind getKind() {
        return kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitAmount() {
        return unitAmount;
    }

    public String getJustification() {
        return justification;
    }

    public Long getReceiptFileId() {
        return receiptFileId;
    }

    public boolean isKmEntered() {
        return kmEntered;
    }

    public BigDecimal getAllowedAmount() {
        return allowedAmount;
    }

    public String getComputation() {
        return computation;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public String getReductionReason() {
        return reductionReason;
    }
}

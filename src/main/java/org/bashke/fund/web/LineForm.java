package org.bashke.fund.web;

import java.math.BigDecimal;
import org.bashke.fund.rules.CostKind;
import org.springframework.web.multipart.MultipartFile;

/** A cost added to a claim. */
public class LineForm {

    private CostKind kind;
    private BigDecimal quantity;
    private BigDecimal unitAmount;
    private String justification;
    private MultipartFile receipt;

    public CostKind getKind() {
        return kind;
    }

    public void setKind(CostKind kind) {
        this.kind = kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitAmount() {
        return unitAmount;
    }

    public void setUnitAmount(BigDecimal unitAmount) {
        this.unitAmount = unitAmount;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public MultipartFile getReceipt() {
        return receipt;
    }

    public void setReceipt(MultipartFile receipt) {
        this.receipt = receipt;
    }
}

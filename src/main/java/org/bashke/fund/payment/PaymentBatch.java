package org.bashke.fund.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Approved claims sent to the bank together; paid when the bank confirms. */
@Entity
@Table(name = "support_payment_batch")
public class PaymentBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "bank_reference")
    private String bankReference;
    @Version
    private long version;

    protected PaymentBatch() {
    }

    public PaymentBatch(String reference, String by, Instant now) {
        this.reference = reference;
        this.status = "OPEN";
        this.createdBy = by;
        this.createdAt = now;
    }

    void paid(LocalDate on, String bankReference) {
        this.status = "PAID";
        this.paidOn = on;
        this.bankReference = bankReference;
    }

    public boolean isPaid() {
        return "PAID".equals(status);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getBankReference() {
        return bankReference;
    }
}

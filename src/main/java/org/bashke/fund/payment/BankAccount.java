package org.bashke.fund.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Bank details an organisation gave; never edited: a change is a newer row, the older ones its history. */
@Entity
@Table(name = "support_bank_account")
public class BankAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "account_holder")
    private String accountHolder;
    private String iban;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected BankAccount() {
    }

    public BankAccount(long organisationId, String accountHolder, String iban, String bankName, String by, Instant now) {
        this.organisationId = organisationId;
        this.accountHolder = accountHolder;
        this.iban = iban;
        this.bankName = bankName;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public String getIban() {
        return iban;
    }

    public String getBankName() {
        return bankName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

package org.bashke.network.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A member's fee for one year, when the Assembly has set one: what is due and when it was paid (no payments here). */
@Entity(name = "NetworkMemberFee")
@Table(name = "network_member_fee")
public class MemberFee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    private int year;
    private BigDecimal amount;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MemberFee() {
    }

    public MemberFee(long memberId, int year, BigDecimal amount, LocalDate paidOn, Instant now) {
        this.memberId = memberId;
        this.year = year;
        record(amount, paidOn, now);
    }

    public void record(BigDecimal amount, LocalDate paidOn, Instant now) {
        this.amount = amount;
        this.paidOn = paidOn;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getPaidOn() { return paidOn; }
}

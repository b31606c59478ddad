package org.bashke.network.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's yearly confirmation, by its representative, that its data are right and how to reach it. */
@Entity(name = "NetworkMemberConfirmation")
@Table(name = "network_member_confirmation")
public class MemberConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    private int year;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "confirmed_by")
    private long confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected MemberConfirmation() {
    }

    public MemberConfirmation(long memberId, int year, String contactEmail, String contactPhone, long confirmedBy, Instant now) {
        this.memberId = memberId;
        this.year = year;
        update(contactEmail, contactPhone, confirmedBy, now);
    }

    public void update(String contactEmail, String contactPhone, long confirmedBy, Instant now) {
        this.contactEmail = contactEmail.strip();
        this.contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        this.confirmedBy = confirmedBy;
        this.confirmedAt = now;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public java.time.LocalDate getConfirmedOn() { return java.time.LocalDate.ofInstant(confirmedAt, java.time.ZoneId.of("Europe/Belgrade")); }
}

package org.bashke.consultation.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stakeholder's registered interest in an institution's consultations or in one consultation. */
@Entity
@Table(name = "consultation_follow")
public class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    private String email;
    private String language;
    @Column(name = "institution_id")
    private Long institutionId;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Follow() {
    }

    Follow(long accountId, String email, String language, Long institutionId, Long consultationId, Instant now) {
        this.accountId = accountId;
        this.email = email;
        this.language = language;
        this.institutionId = institutionId;
        this.consultationId = consultationId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public Long getInstitutionId() { return institutionId; }
    public Long getConsultationId() { return consultationId; }
}

package org.bashke.identity.affiliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's link to an organisation of the directory ("programme officer at X"). The person claims
 * it; the secretariat verifies or rejects it. Only verified links are shown in public or count for
 * anything else.
 */
@Entity
@Table(name = "identity_affiliation")
public class Affiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    private String position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AffiliationStatus status;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String note;
    @Version
    private long version;

    protected Affiliation() {
    }

    public static Affiliation claim(long accountId, long organisationId, String position, Instant now) {
        Affiliation a = new Affiliation();
        a.accountId = accountId;
        a.organisationId = organisationId;
        a.position = position == null || position.isBlank() ? null : position.strip();
        a.status = AffiliationStatus.CLAIMED;
        a.requestedAt = now;
        return a;
    }

    /** @throws IllegalStateException when it was already decided */
    public void verify(String by, String note, Instant now) {
        decide(AffiliationStatus.VERIFIED, by, note, now);
    }

    /** @throws IllegalStateException when it was already decided */
    public void reject(String by, String reason, Instant now) {
        decide(AffiliationStatus.REJECTED, by, reason, now);
    }

    private void decide(AffiliationStatus outcome, String by, String note, Instant now) {
        if (status != AffiliationStatus.CLAIMED) {
            throw new IllegalStateException("affiliation " + id + " already " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isPending() {
        return status == AffiliationStatus.CLAIMED;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Long getOrganisationId() { return organisationId; }
    public String getPosition() { return position; }
    public AffiliationStatus getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getNote() { return note; }
}

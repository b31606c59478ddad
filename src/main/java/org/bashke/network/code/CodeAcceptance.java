package org.bashke.network.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member organisation's acceptance of one adopted version, clicked by its representative. */
@Entity(name = "NetworkCodeAcceptance")
@Table(name = "network_code_acceptance")
public class CodeAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code_version_id")
    private long codeVersionId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "accepted_by")
    private Long acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected CodeAcceptance() {
    }

    public CodeAcceptance(long codeVersionId, long organisationId, Long acceptedBy, Instant now) {
        this.codeVersionId = codeVersionId;
        this.organisationId = organisationId;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = now;
    }

    public Long getId() { return id; }
    public long getCodeVersionId() { return codeVersionId; }
    public long getOrganisationId() { return organisationId; }
    public Long getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }
}

package org.bashke.network.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder the secretariat sent to a member that had not accepted a version yet. */
@Entity(name = "NetworkCodeReminder")
@Table(name = "network_code_reminder")
public class CodeReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code_version_id")
    private long codeVersionId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected CodeReminder() {
    }

    public CodeReminder(long codeVersionId, long organisationId, Instant now) {
        this.codeVersionId = codeVersionId;
        this.organisationId = organisationId;
        this.sentAt = now;
    }

    public long getOrganisationId() { return organisationId; }
    public Instant getSentAt() { return sentAt; }
}

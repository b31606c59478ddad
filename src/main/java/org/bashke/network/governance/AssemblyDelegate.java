package org.bashke.network.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one person who represents a member organisation in the Assembly. */
@Entity(name = "NetworkAssemblyDelegate")
@Table(name = "network_assembly_delegate")
public class AssemblyDelegate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "named_at")
    private Instant namedAt;

    protected AssemblyDelegate() {
    }

    public AssemblyDelegate(long organisationId, long accountId, Instant now) {
        this.organisationId = organisationId;
        name(accountId, now);
    }

    /** A new name replaces the old one: one representative per member. */
    public void name(long accountId, Instant now) {
        this.accountId = accountId;
        this.namedAt = now;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public long getAccountId() { return accountId; }
    public Instant getNamedAt() { return namedAt; }
}

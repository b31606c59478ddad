package org.bashke.network.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member organisation's comment on a position under member consultation; read by members only. */
@Entity(name = "NetworkPositionComment")
@Table(name = "network_position_comment")
public class PositionComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id")
    private long positionId;
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "author_name")
    private String authorName;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PositionComment() {
    }

    PositionComment(long positionId, int versionNumber, long organisationId, long accountId, String authorName, String body, Instant now) {
        this.positionId = positionId;
        this.versionNumber = versionNumber;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPositionId() {
        return positionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

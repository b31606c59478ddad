package org.bashke.council.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's remark on circulated minutes, for the secretariat to take into account before the approval. */
@Entity(name = "CouncilMinutesComment")
@Table(name = "council_minutes_comment")
public class MinutesComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "minutes_id")
    private long minutesId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "author_name")
    private String authorName;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MinutesComment() {
    }

    public MinutesComment(long minutesId, long accountId, String authorName, String body, Instant now) {
        this.minutesId = minutesId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getMinutesId() { return minutesId; }
    public long getAccountId() { return accountId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}

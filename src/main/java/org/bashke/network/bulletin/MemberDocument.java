package org.bashke.network.bulletin;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bashke.shared.text.LocalizedText;

/** A document for the members of the network only. */
@Entity(name = "NetworkMemberDocument")
@Table(name = "network_member_document")
public class MemberDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;
    @Column(name = "file_id")
    private long fileId;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MemberDocument() {
    }

    MemberDocument(LocalizedText title, long fileId, long createdBy, Instant now) {
        this.title = title;
        this.fileId = fileId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public long getFileId() {
        return fileId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** A bulletin to members: written in three languages, sent once to its audience. */
@Entity(name = "NetworkBulletin")
@Table(name = "network_bulletin")
public class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "subject_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "subject_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "subject_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "subject_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "subject_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "subject_en_status"))})
    private LocalizedText subject;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "body_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "body_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "body_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "body_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "body_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "body_en_status"))})
    private LocalizedText body;
    @Column(name = "audience_kind")
    private String audienceKind;
    @Column(name = "audience_value")
    private String audienceValue;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "sent_by")
    private Long sentBy;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Bulletin() {
    }

    public Bulletin(LocalizedText subject, LocalizedText body, BulletinAudience audience, long createdBy, Instant now) {
        this.subject = subject;
        this.body = body;
        this.audienceKind = audience.kind();
        this.audienceValue = audience.value();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void sent(long by, Instant now) {
        if (sentAt != null) {
            throw new BulletinRuleBroken("network.bulletin.rule.alreadySent");
        }
        this.sentAt = now;
        this.sentBy = by;
        this.updatedAt = now;
    }

    public BulletinAudience audience() {
        return BulletinAudience.of(audienceKind, audienceValue);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject.get(Language.SQ));
        m.put("audienceKind", audienceKind);
        m.put("audienceValue", audienceValue);
        m.put("sentAt", sentAt);
        return m;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getSubject() {
        return subject;
    }

    public LocalizedText getBody() {
        return body;
    }

    public String getAudienceKind() {
        return audienceKind;
    }

    public String getAudienceValue() {
        return audienceValue;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package org.bashke.portal.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bashke.shared.text.LocalizedText;

/** A news item or a page. State changes go through methods that check {@link EditorialWorkflow}. */
@Entity
@Table(name = "portal_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    private String slug;

    @Column(name = "hub_id")
    private Long hubId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "summary_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "summary_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "summary_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "summary_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "summary_en_status"))})
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "body_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "body_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "body_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "body_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "body_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "body_en_status"))})
    private LocalizedText body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_article_topic", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "unpublish_reason")
    private String unpublishReason;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    private static final LocalizedText NONE = LocalizedText.of(org.bashke.shared.text.Language.SQ, null, null, null);

    protected Article() {
    }

    public Article(ArticleKind kind, String slug, Long hubId, ArticleContent content, String actor, Instant now) {
        this.kind = kind;
        this.slug = kind == ArticleKind.PAGE ? slug : null;
        this.hubId = kind == ArticleKind.PAGE ? null : hubId;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        apply(content, actor, now);
    }

    public void edit(Long hubId, String slug, ArticleContent content, String actor, Instant now) {
        if (kind == ArticleKind.NEWS) {
            this.hubId = hubId;
        } else {
            this.slug = slug;
        }
        apply(content, actor, now);
    }

    private void apply(ArticleContent content, String actor, Instant now) {
        this.title = content.title();
        this.summary = content.summary() == null ? NONE : content.summary();
        this.body = content.body() == null ? NONE : content.body();
        this.topics = content.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(content.topics());
        touched(actor, now);
    }

    /** An edit by someone other than the reviewer: see {@link EditorialWorkflow#statusAfterEdit}. */
    public void backToReview(String actor, Instant now) {
        require(EditorialWorkflow.statusAfterEdit(status, false) == ArticleStatus.IN_REVIEW && status != ArticleStatus.IN_REVIEW);
        status = ArticleStatus.IN_REVIEW;
        publishAt = null;
        touched(actor, now);
    }

    public void submit(String actor, Instant now) {
        require(EditorialWorkflow.maySubmit(status));
        status = ArticleStatus.IN_REVIEW;
        touched(actor, now);
    }

    public void returnToDraft(String actor, Instant now) {
        require(EditorialWorkflow.mayReturnToDraft(status));
        status = ArticleStatus.DRAFT;
        touched(actor, now);
    }

    public void publish(String actor, Instant now) {
        require(EditorialWorkflow.mayPublish(status));
        status = ArticleStatus.PUBLISHED;
        publishAt = null;
        publishedAt = now;
        unpublishReason = null;
        touched(actor, now);
    }

    public void schedule(Instant when, String actor, Instant now) {
        require(EditorialWorkflow.maySchedule(status, when, now));
        status = ArticleStatus.SCHEDULED;
        publishAt = when;
        touched(actor, now);
    }

    public void unpublish(String reason, String actor, Instant now) {
        require(EditorialWorkflow.mayUnpublish(status, reason));
        status = ArticleStatus.UNPUBLISHED;
        publishAt = null;
        unpublishReason = reason.strip();
        touched(actor, now);
    }

    private void touched(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("not allowed in this state");
        }
    }

    /** What the audit trail records (no entity: a plain map). */
    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("slug", slug);
        m.put("hubId", hubId);
        m.put("title", String.valueOf(title));
        m.put("summary", String.valueOf(summary));
        m.put("body", String.valueOf(body));
        m.put("topics", topics);
        m.put("status", status);
        m.put("publishAt", publishAt);
        m.put("unpublishReason", unpublishReason);
        return m;
    }

    public ArticleContent content() {
        return new ArticleContent(title, summary, body, topics);
    }

    public Long getId() { return id; }
    public ArticleKind getKind() { return kind; }
    public String getSlug() { return slug; }
    public Long getHubId() { return hubId; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public LocalizedText getBody() { return body; }
    public Set<Topic> getTopics() { return topics; }
    public ArticleStatus getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    /** For readers: the date in Kosovo's zone. */
    public java.time.ZonedDateTime getPublishedLocal() { return publishedAt == null ? null : publishedAt.atZone(java.time.ZoneId.of("Europe/Belgrade")); }
    public java.time.ZonedDateTime getUpdatedLocal() { return updatedAt.atZone(java.time.ZoneId.of("Europe/Belgrade")); }
    public java.time.ZonedDateTime getPublishAtLocal() { return publishAt == null ? null : publishAt.atZone(java.time.ZoneId.of("Europe/Belgrade")); }
    public String getUnpublishReason() { return unpublishReason; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}

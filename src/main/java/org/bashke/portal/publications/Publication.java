package org.bashke.portal.publications;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.EditorialWorkflow;
import org.bashke.portal.content.Topic;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/**
 * A report, study, position paper, minutes or guide. It goes through the same editorial workflow as
 * news ({@link EditorialWorkflow}); its files, one per language, are kept by the files module.
 */
@Entity
@Table(name = "portal_publication")
public class Publication {

    private static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");
    private static final LocalizedText NONE = LocalizedText.of(Language.SQ, null, null, null);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PublicationType type;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_publication_topic", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_publication_author", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "organisation_id")
    private Set<Long> authorIds = new HashSet<>();

    /** Language tag (sq, sr, en) → file id in the files module. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_publication_file", joinColumns = @JoinColumn(name = "publication_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "file_id")
    private Map<String, Long> files = new TreeMap<>();

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

    protected Publication() {
    }

    public Publication(PublicationContent content, String actor, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        apply(content, actor, now);
    }

    /**
     * Saves new content. Whether a published text must be reviewed again is the caller's rule
     * ({@link EditorialWorkflow#statusAfterEdit}); it passes the status to move to.
     */
    public void edit(PublicationContent content, ArticleStatus statusAfter, String actor, Instant now) {
        apply(content, actor, now);
        if (statusAfter != status) {
            status = statusAfter;
            publishAt = null;
        }
    }

    private void apply(PublicationContent c, String actor, Instant now) {
        this.type = c.type();
        this.issuedOn = c.issuedOn();
        this.hubId = c.hubId();
        this.title = c.title();
        this.summary = c.summary() == null ? NONE : c.summary();
        this.topics = c.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(c.topics());
        this.authorIds = new HashSet<>(c.authorIds());
        touched(actor, now);
    }

    /** One file per language: a new upload replaces the one before. */
    public void attach(Language language, long fileId, String actor, Instant now) {
        files.put(language.tag(), fileId);
        touched(actor, now);
    }

    public void detach(Language language, String actor, Instant now) {
        files.remove(language.tag());
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

    /** What the audit trail records: a plain map, never the entity. */
    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("issuedOn", issuedOn);
        m.put("hubId", hubId);
        m.put("title", String.valueOf(title));
        m.put("summary", String.valueOf(summary));
        m.put("topics", topics);
        m.put("authorIds", new java.util.TreeSet<>(authorIds));
        m.put("files", new TreeMap<>(files));
        m.put("status", status);
        m.put("publishAt", publishAt);
        m.put("unpublishReason", unpublishReason);
        return m;
    }

    public PublicationContent content() {
        return new PublicationContent(type, issuedOn, hubId, title, summary, topics, authorIds);
    }

    public boolean isPublic() {
        return status.isPublic();
    }

    public Long getId() { return id; }
    public PublicationType getType() { return type; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public Long getHubId() { return hubId; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public Set<Topic> getTopics() { return topics; }
    public Set<Long> getAuthorIds() { return authorIds; }
    /** Language tag → file id, in the order sq, sr, en... (alphabetical: en, sq, sr). */
    public Map<String, Long> getFiles() { return files; }
    public ArticleStatus getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getUnpublishReason() { return unpublishReason; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public ZonedDateTime getPublishAtLocal() { return publishAt == null ? null : publishAt.atZone(KOSOVO); }
}

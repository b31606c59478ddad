package org.bashke.consultation.draft;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A comment on a draft (or on one of its articles) and the institution's answer to it. The author's name,
 * address and language are kept as given, so the final report and its notice reach them in their language.
 */
@Entity
@Table(name = "consultation_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    @Column(name = "article_id")
    private Long articleId;
    @Column(name = "author_account_id")
    private long authorAccountId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "author_email")
    private String authorEmail;
    @Column(name = "author_language")
    private String authorLanguage;
    @Column(name = "organisation_id")
    private Long organisationId;
    private String body;
    @Column(name = "public_comment")
    private boolean publicComment;
    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_reason")
    private HiddenReason hiddenReason;
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Enumerated(EnumType.STRING)
    private AnswerOutcome outcome;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "attachment_file_id")
    private Long attachmentFileId;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Comment() {
    }

    public Comment(long consultationId, Long articleId, long authorAccountId, String authorName, String authorEmail,
                   String authorLanguage, Long organisationId, String body, boolean publicComment, Instant now) {
        this.consultationId = consultationId;
        this.articleId = articleId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.authorLanguage = authorLanguage;
        this.organisationId = organisationId;
        this.body = body;
        this.publicComment = publicComment;
        this.createdAt = now;
    }

    /** The answer rule: an outcome always; a reason whenever the comment is not fully accepted. */
    public void answer(AnswerOutcome outcome, String reason, String by, Instant at) {
        if (outcome == null) {
            throw new ConsultationRuleException("consultation.rule.answer.outcomeRequired");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome.requiresReason() && text == null) {
            throw new ConsultationRuleException("consultation.rule.answer.reasonRequired");
        }
        this.outcome = outcome;
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** Hiding keeps the comment and shows a placeholder with the published reason: never silently. */
    public void hide(HiddenReason reason, Instant at) {
        if (reason == null) {
            throw new ConsultationRuleException("consultation.rule.moderation.reasonRequired");
        }
        this.hiddenReason = reason;
        this.hiddenAt = at;
    }

    public boolean isAnswered() { return outcome != null; }
    public boolean isHidden() { return hiddenReason != null; }

    /** A hidden comment (abuse, personal data, off topic) needs no answer of its own; every other one does. */
    public boolean needsAnswer() { return !isAnswered() && !isHidden(); }

    public Long getAttachmentFileId() {
        return attachmentFileId;
    }

    /** Set once, when the comment is made. */
    void attach(long fileId) {
        this.attachmentFileId = fileId;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("consultationId", consultationId);
        v.put("articleId", articleId);
        v.put("authorAccountId", authorAccountId);
        v.put("organisationId", organisationId);
        v.put("public", publicComment);
        v.put("attachmentFileId", attachmentFileId);
        v.put("hiddenReason", hiddenReason);
        v.put("outcome", outcome);
        v.put("answer", answer);
        return v;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public Long getArticleId() { return articleId; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getAuthorEmail() { return authorEmail; }
    public String getAuthorLanguage() { return authorLanguage; }
    public Long getOrganisationId() { return organisationId; }
    public String getBody() { return body; }
    public boolean isPublicComment() { return publicComment; }
    public Instant getCreatedAt() { return createdAt; }
    public HiddenReason getHiddenReason() { return hiddenReason; }
    public AnswerOutcome getOutcome() { return outcome; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}

package org.bashke.consultation.web;

/** The comment form under a draft: which article (none for the whole draft), for whom, the text, public or not. */
public class CommentForm {

    static final int BODY_MAX = 10_000;

    private Long articleId;
    private Long organisationId;
    private String body;
    private boolean publicComment = true;

    public Long getArticleId() { return articleId; }
    public void setArticleId(Long articleId) { this.articleId = articleId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isPublicComment() { return publicComment; }
    public void setPublicComment(boolean publicComment) { this.publicComment = publicComment; }
}

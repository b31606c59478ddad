package org.bashke.consultation.web;

/** The comment form under a draft: which article (none for the whole draft), for whom, the text, public or not. */
public class CommentForm {

    static final int BODY_MAX = 10_000;

    private Long articleId;
    private Long organisationId;
    private String body;
    private boolean publicComment = true;
    private org.springframework.web.multipart.MultipartFile attachment;

    public Long getArticleId() { return articleId; }
    public void setArticleId(Long articleId) { this.articleId = articleId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public org.springframework.web.multipart.MultipartFile getAttachment() { return attachment; }
    public void setAttachment(org.springframework.web.multipart.MultipartFile attachment) { this.attachment = attachment; }
    public boolean isPublicComment() { return publicComment; }
    public void setPublicComment(boolean publicComment) { this.publicComment = publicComment; }
}

package org.bashke.portal.newsletter;

import org.bashke.shared.text.Language;

/** The newsletter form: subject and body in three languages, the language written first, and the audience. */
public class NewsletterForm {

    private Language original = Language.SQ;
    private String subjectSq;
    private String subjectSr;
    private String subjectEn;
    private String bodySq;
    private String bodySr;
    private String bodyEn;
    private String hubCode;
    private String topic;
    private boolean membersOnly;

    static NewsletterForm of(Newsletter n) {
        NewsletterForm f = new NewsletterForm();
        f.original = n.original();
        f.subjectSq = n.subject().get(Language.SQ);
        f.subjectSr = n.subject().get(Language.SR);
        f.subjectEn = n.subject().get(Language.EN);
        f.bodySq = n.body().get(Language.SQ);
        f.bodySr = n.body().get(Language.SR);
        f.bodyEn = n.body().get(Language.EN);
        f.hubCode = n.hubCode();
        f.topic = n.topic();
        f.membersOnly = n.membersOnly();
        return f;
    }

    NewsletterDraft draft() {
        return new NewsletterDraft(original, subjectSq, subjectSr, subjectEn, bodySq, bodySr, bodyEn,
                hubCode == null || hubCode.isBlank() ? null : hubCode, topic == null || topic.isBlank() ? null : topic, membersOnly);
    }

    public Language getOriginal() { return original; }
    public void setOriginal(Language original) { this.original = original; }
    public String getSubjectSq() { return subjectSq; }
    public void setSubjectSq(String v) { this.subjectSq = v; }
    public String getSubjectSr() { return subjectSr; }
    public void setSubjectSr(String v) { this.subjectSr = v; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String v) { this.subjectEn = v; }
    public String getBodySq() { return bodySq; }
    public void setBodySq(String v) { this.bodySq = v; }
    public String getBodySr() { return bodySr; }
    public void setBodySr(String v) { this.bodySr = v; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String v) { this.bodyEn = v; }
    public String getHubCode() { return hubCode; }
    public void setHubCode(String v) { this.hubCode = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { this.topic = v; }
    public boolean isMembersOnly() { return membersOnly; }
    public void setMembersOnly(boolean v) { this.membersOnly = v; }
}

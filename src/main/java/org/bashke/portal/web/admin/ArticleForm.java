package org.bashke.portal.web.admin;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleContent;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** The news/page form: each text in three languages; which one was written first is the authority. */
public class ArticleForm {

    private Language original = Language.SQ;
    private String slug;
    private Long hubId;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSq;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSr;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleEn;
    @Size(max = 1000, message = "{portal.article.summary.tooLong}") private String summarySq;
    @Size(max = 1000, message = "{portal.article.summary.tooLong}") private String summarySr;
    @Size(max = 1000, message = "{portal.article.summary.tooLong}") private String summaryEn;
    @Size(max = 100000, message = "{portal.article.body.tooLong}") private String bodySq;
    @Size(max = 100000, message = "{portal.article.body.tooLong}") private String bodySr;
    @Size(max = 100000, message = "{portal.article.body.tooLong}") private String bodyEn;
    private Set<org.bashke.portal.content.Topic> topics = EnumSet.noneOf(org.bashke.portal.content.Topic.class);

    static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.slug = a.getSlug();
        f.hubId = a.getHubId();
        f.original = authority(a.getTitle());
        f.titleSq = a.getTitle().get(Language.SQ);
        f.titleSr = a.getTitle().get(Language.SR);
        f.titleEn = a.getTitle().get(Language.EN);
        f.summarySq = a.getSummary().get(Language.SQ);
        f.summarySr = a.getSummary().get(Language.SR);
        f.summaryEn = a.getSummary().get(Language.EN);
        f.bodySq = a.getBody().get(Language.SQ);
        f.bodySr = a.getBody().get(Language.SR);
        f.bodyEn = a.getBody().get(Language.EN);
        f.topics = a.getTopics().isEmpty() ? EnumSet.noneOf(org.bashke.portal.content.Topic.class) : EnumSet.copyOf(a.getTopics());
        return f;
    }

    private static Language authority(LocalizedText t) {
        for (Language l : Language.values()) {
            if (t.status(l) == org.bashke.shared.text.TranslationStatus.AUTHORITATIVE) {
                return l;
            }
        }
        return Language.SQ;
    }

    ArticleContent content() {
        Language o = original == null ? Language.SQ : original;
        return new ArticleContent(LocalizedText.of(o, titleSq, titleSr, titleEn), LocalizedText.of(o, summarySq, summarySr, summaryEn),
                LocalizedText.of(o, bodySq, bodySr, bodyEn), topics == null ? Set.of() : topics);
    }

    public Language getOriginal() { return original; }
    public void setOriginal(Language original) { this.original = original; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? null : slug.strip(); }
    public Long getHubId() { return hubId; }
    public void setHubId(Long hubId) { this.hubId = hubId; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String v) { this.titleSq = v; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String v) { this.titleSr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { this.titleEn = v; }
    public String getSummarySq() { return summarySq; }
    public void setSummarySq(String v) { this.summarySq = v; }
    public String getSummarySr() { return summarySr; }
    public void setSummarySr(String v) { this.summarySr = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { this.summaryEn = v; }
    public String getBodySq() { return bodySq; }
    public void setBodySq(String v) { this.bodySq = v; }
    public String getBodySr() { return bodySr; }
    public void setBodySr(String v) { this.bodySr = v; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String v) { this.bodyEn = v; }
    public Set<org.bashke.portal.content.Topic> getTopics() { return topics; }
    public void setTopics(Set<org.bashke.portal.content.Topic> topics) { this.topics = topics; }
}

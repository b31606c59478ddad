package org.bashke.portal.web.admin;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.bashke.portal.content.Topic;
import org.bashke.portal.publications.Publication;
import org.bashke.portal.publications.PublicationContent;
import org.bashke.portal.publications.PublicationType;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.TranslationStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The publication form: texts in three languages, the authors kept (checkboxes) and one to add by name. */
public class PublicationForm {

    private Language original = Language.SQ;
    private PublicationType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private Long hubId;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSq;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSr;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleEn;
    @Size(max = 2000, message = "{portal.publication.summary.tooLong}") private String summarySq;
    @Size(max = 2000, message = "{portal.publication.summary.tooLong}") private String summarySr;
    @Size(max = 2000, message = "{portal.publication.summary.tooLong}") private String summaryEn;
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private Set<Long> authorIds = new HashSet<>();
    @Size(max = 200, message = "{portal.publication.authorName.tooLong}") private String authorName;

    static PublicationForm of(Publication p) {
        PublicationForm f = new PublicationForm();
        f.type = p.getType();
        f.issuedOn = p.getIssuedOn();
        f.hubId = p.getHubId();
        f.original = authority(p.getTitle());
        f.titleSq = p.getTitle().get(Language.SQ);
        f.titleSr = p.getTitle().get(Language.SR);
        f.titleEn = p.getTitle().get(Language.EN);
        f.summarySq = p.getSummary().get(Language.SQ);
        f.summarySr = p.getSummary().get(Language.SR);
        f.summaryEn = p.getSummary().get(Language.EN);
        f.topics = p.getTopics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(p.getTopics());
        f.authorIds = new HashSet<>(p.getAuthorIds());
        return f;
    }

    private static Language authority(LocalizedText t) {
        for (Language l : Language.values()) {
            if (t.status(l) == TranslationStatus.AUTHORITATIVE) {
                return l;
            }
        }
        return Language.SQ;
    }

    PublicationContent content() {
        Language o = original == null ? Language.SQ : original;
        return new PublicationContent(type, issuedOn, hubId, LocalizedText.of(o, titleSq, titleSr, titleEn),
                LocalizedText.of(o, summarySq, summarySr, summaryEn), topics, authorIds);
    }

    public Language getOriginal() { return original; }
    public void setOriginal(Language original) { this.original = original; }
    public PublicationType getType() { return type; }
    public void setType(PublicationType type) { this.type = type; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
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
    public Set<Topic> getTopics() { return topics; }
    public void setTopics(Set<Topic> topics) { this.topics = topics; }
    public Set<Long> getAuthorIds() { return authorIds; }
    public void setAuthorIds(Set<Long> authorIds) { this.authorIds = authorIds == null ? new HashSet<>() : authorIds; }
    public String getAuthorName() { return authorName; }
    public void setAuthorName(String authorName) { this.authorName = authorName; }
}

package org.bashke.consultation.draft;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of a consultation's draft text; a new version never replaces an old one. */
@Entity
@Table(name = "consultation_document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    private int number;
    private String label;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The text finally adopted, not a draft put to consultation. */
    private boolean adopted;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "version_id", nullable = false)
    @OrderBy("position")
    private List<Article> articles = new ArrayList<>();

    protected DocumentVersion() {
    }

    public static DocumentVersion adoptedText(long consultationId, int number, String label, String body, Instant now) {
        DocumentVersion v = new DocumentVersion(consultationId, number, label, body, now);
        v.adopted = true;
        return v;
    }

    public DocumentVersion(long consultationId, int number, String label, String body, Instant now) {
        this.consultationId = consultationId;
        this.number = number;
        this.label = label;
        this.body = body;
        this.createdAt = now;
        int position = 1;
        for (ArticleSplitter.Section s : ArticleSplitter.split(body)) {
            articles.add(new Article(position++, s.heading(), s.body()));
        }
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public int getNumber() { return number; }
    public String getLabel() { return label; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Article> getArticles() { return articles; }
    public boolean isAdopted() { return adopted; }
}

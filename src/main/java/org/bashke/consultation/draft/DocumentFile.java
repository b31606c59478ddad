package org.bashke.consultation.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file published with a consultation: the draft as written, the explanatory memo, or another document. */
@Entity
@Table(name = "consultation_document_file")
public class DocumentFile {

    /** What the file is. */
    public enum Kind { DRAFT, MEMO, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    @Column(name = "file_id")
    private long fileId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DocumentFile() {
    }

    DocumentFile(long consultationId, Kind kind, String title, long fileId, Instant now) {
        this.consultationId = consultationId;
        this.kind = kind;
        this.title = title;
        this.fileId = fileId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public long getFileId() { return fileId; }
    public Instant getCreatedAt() { return createdAt; }
}

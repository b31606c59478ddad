package org.bashke.council.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upload of a paper; earlier versions stay downloadable so members can see what changed. */
@Entity(name = "CouncilPaperVersion")
@Table(name = "council_paper_version")
public class PaperVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "paper_id")
    private long paperId;
    private int number;
    @Column(name = "file_id")
    private long fileId;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected PaperVersion() {
    }

    public PaperVersion(long paperId, int number, long fileId, String uploadedBy, Instant now) {
        this.paperId = paperId;
        this.number = number;
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public long getPaperId() { return paperId; }
    public int getNumber() { return number; }
    public long getFileId() { return fileId; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}

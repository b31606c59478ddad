package org.bashke.files.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bashke.files.StoredFile;

@Entity
@Table(name = "files_object")
class FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String module;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "stored_at")
    private Instant storedAt;
    @Column(name = "stored_by")
    private Long storedBy;

    protected FileRecord() {
    }

    FileRecord(String module, String filename, String contentType, long size, String sha256, Instant storedAt,
               Long storedBy) {
        this.module = module;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    StoredFile summary() {
        return new StoredFile(id, module, filename, contentType, size, sha256, storedAt);
    }
}

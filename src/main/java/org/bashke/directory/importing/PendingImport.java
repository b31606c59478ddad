package org.bashke.directory.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded file between the report and the secretariat's choice, then the record of what was imported. */
@Entity
@Table(name = "directory_pending_import")
class PendingImport {

    enum State { PENDING, IMPORTED, DISCARDED }

    @Id
    private UUID token;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "file_name")
    private String fileName;
    /** The rows as read, in a normalised CSV: "row" (the spreadsheet row number) and the recognised columns. */
    @Column(name = "rows_csv")
    private String rowsCsv;
    @Column(name = "row_count")
    private int rowCount;
    @Column(name = "unknown_headers")
    private String unknownHeaders;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "created_count")
    private int createdCount;
    @Column(name = "updated_count")
    private int updatedCount;
    @Column(name = "skipped_count")
    private int skippedCount;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PendingImport() {
    }

    PendingImport(String createdBy, String fileName, String rowsCsv, int rowCount, String unknownHeaders, Instant now) {
        this.token = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        this.rowsCsv = rowsCsv;
        this.rowCount = rowCount;
        this.unknownHeaders = unknownHeaders.length() > 2000 ? unknownHeaders.substring(0, 2000) : unknownHeaders;
        this.state = State.PENDING;
    }

    void imported(int created, int updated, int skipped, Instant now) {
        this.state = State.IMPORTED;
        this.createdCount = created;
        this.updatedCount = updated;
        this.skippedCount = skipped;
        this.finishedAt = now;
        // the rows are in the directory now; no need to keep a second copy of people's contact details
        this.rowsCsv = "";
    }

    void discarded(Instant now) {
        this.state = State.DISCARDED;
        this.finishedAt = now;
        this.rowsCsv = "";
    }

    UUID getToken() {
        return token;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getFileName() {
        return fileName;
    }

    String getRowsCsv() {
        return rowsCsv;
    }

    int getRowCount() {
        return rowCount;
    }

    String getUnknownHeaders() {
        return unknownHeaders;
    }

    State getState() {
        return state;
    }

    int getCreatedCount() {
        return createdCount;
    }

    int getUpdatedCount() {
        return updatedCount;
    }

    int getSkippedCount() {
        return skippedCount;
    }
}

package org.bashke.dialogue.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document of a process (agenda, minutes, presentation, letter), kept by the files module. A public one
 * is for everyone; a restricted one only for those who run the process and the CSOs taking part.
 */
@Entity(name = "DialogueProcessDocument")
@Table(name = "dialogue_document")
public class ProcessDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "process_id")
    private long processId;
    @Column(name = "file_id")
    private long fileId;
    private String title;
    private boolean restricted;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected ProcessDocument() {
    }

    public ProcessDocument(long processId, long fileId, String title, boolean restricted, String addedBy, Instant addedAt) {
        this.processId = processId;
        this.fileId = fileId;
        this.title = title;
        this.restricted = restricted;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("processId", processId);
        v.put("fileId", fileId);
        v.put("title", title);
        v.put("restricted", restricted);
        return v;
    }

    public Long getId() { return id; }
    public long getProcessId() { return processId; }
    public long getFileId() { return fileId; }
    public String getTitle() { return title; }
    public boolean isRestricted() { return restricted; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}

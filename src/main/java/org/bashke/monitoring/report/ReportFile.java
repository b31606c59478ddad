package org.bashke.monitoring.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One generated file of a report version (a language and a format), made in the background. */
@Entity(name = "MonitoringReportFile")
@Table(name = "monitoring_report_file")
public class ReportFile {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_id")
    private long reportId;
    private String language;
    private String format;
    @Enumerated(EnumType.STRING)
    private State state;
    private int progress;
    @Column(name = "file_id")
    private Long fileId;
    private Long bytes;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    ReportFile(long reportId, String language, String format, String requestedBy, Instant now) {
        this.reportId = reportId;
        this.language = language;
        this.format = format;
        this.state = State.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    protected ReportFile() {
    }

    void requeue(String by, Instant now) {
        this.state = State.QUEUED;
        this.progress = 0;
        this.fileId = null;
        this.bytes = null;
        this.finishedAt = null;
        this.requestedBy = by;
        this.requestedAt = now;
    }

    void progress(State state, int percent) {
        this.state = state;
        this.progress = percent;
    }

    void done(long fileId, long bytes, Instant now) {
        this.state = State.DONE;
        this.progress = 100;
        this.fileId = fileId;
        this.bytes = bytes;
        this.finishedAt = now;
    }

    void failed(Instant now) {
        this.state = State.FAILED;
        this.finishedAt = now;
    }

    public boolean isReady() {
        return state == State.DONE;
    }

    /** Still being made (queued or running). */
    public boolean isPending() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public String getLanguage() { return language; }
    public String getFormat() { return format; }
    public State getState() { return state; }
    public int getProgress() { return progress; }
    public Long getFileId() { return fileId; }
    public Long getBytes() { return bytes; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}

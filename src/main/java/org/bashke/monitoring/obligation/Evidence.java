package org.bashke.monitoring.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file (kept by the files module) or a link backing an update or an assessment. */
@Entity(name = "MonitoringEvidence")
@Table(name = "monitoring_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "update_id")
    private Long updateId;
    @Column(name = "assessment_id")
    private Long assessmentId;
    @Column(name = "file_id")
    private Long fileId;
    private String url;
    private String label;

    protected Evidence() {
    }

    private Evidence(Long updateId, Long assessmentId, Long fileId, String url, String label) {
        this.updateId = updateId;
        this.assessmentId = assessmentId;
        this.fileId = fileId;
        this.url = url;
        this.label = label;
    }

    public static Evidence fileOfUpdate(long updateId, long fileId, String label) {
        return new Evidence(updateId, null, fileId, null, label);
    }

    public static Evidence linkOfUpdate(long updateId, String url) {
        return new Evidence(updateId, null, null, url, url);
    }

    public static Evidence fileOfAssessment(long assessmentId, long fileId, String label) {
        return new Evidence(null, assessmentId, fileId, null, label);
    }

    public static Evidence linkOfAssessment(long assessmentId, String url) {
        return new Evidence(null, assessmentId, null, url, url);
    }

    public Long getId() { return id; }
    public Long getUpdateId() { return updateId; }
    public Long getAssessmentId() { return assessmentId; }
    public Long getFileId() { return fileId; }
    public String getUrl() { return url; }
    public String getLabel() { return label; }
}

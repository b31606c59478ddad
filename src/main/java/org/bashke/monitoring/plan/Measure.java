package org.bashke.monitoring.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bashke.shared.text.LocalizedText;

/** A measure under an objective; the action plan'\''s activities sit under measures. */
@Entity(name = "MonitoringMeasure")
@Table(name = "monitoring_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Column(name = "objective_id")
    private long objectiveId;

    public Measure(long objectiveId, String code, LocalizedText title) {
        this.objectiveId = objectiveId;
        this.code = code;
        this.title = title;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    protected Measure() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void rename(LocalizedText title) {
        this.title = title;
    }
}

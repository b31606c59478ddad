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

/** A strategic objective of one strategy (the Council has one working team per objective). */
@Entity(name = "MonitoringObjective")
@Table(name = "monitoring_objective")
public class Objective {

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

    @Column(name = "strategy_id")
    private long strategyId;

    public Objective(long strategyId, String code, LocalizedText title) {
        this.strategyId = strategyId;
        this.code = code;
        this.title = title;
    }

    public long getStrategyId() {
        return strategyId;
    }

    protected Objective() {
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

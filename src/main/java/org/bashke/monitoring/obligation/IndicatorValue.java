package org.bashke.monitoring.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One actual value of an indicator at a date, usually filed with a progress update. */
@Entity(name = "MonitoringIndicatorValue")
@Table(name = "monitoring_indicator_value")
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "indicator_id")
    private long indicatorId;
    @Column(name = "update_id")
    private Long updateId;
    private BigDecimal value;
    @Column(name = "measured_on")
    private LocalDate measuredOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected IndicatorValue() {
    }

    /** Rule: the value respects the indicator's unit ({@link IndicatorUnit}). */
    public IndicatorValue(Indicator indicator, Long updateId, BigDecimal value, LocalDate measuredOn, Instant now) {
        String violation = indicator.getUnit().violation(value);
        if (violation != null) {
            throw new MonitoringRuleException("actual" + indicator.getId(), violation);
        }
        this.indicatorId = indicator.getId();
        this.updateId = updateId;
        this.value = value;
        this.measuredOn = measuredOn;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public long getIndicatorId() { return indicatorId; }
    public Long getUpdateId() { return updateId; }
    public BigDecimal getValue() { return value; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public Instant getRecordedAt() { return recordedAt; }
}

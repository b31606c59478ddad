package org.bashke.monitoring.obligation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.bashke.shared.text.LocalizedText;

/** How an obligation's result is measured: a unit, a baseline with its year and a target with its year. */
@Entity(name = "MonitoringIndicator")
@Table(name = "monitoring_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id")
    private long obligationId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "name_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "name_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "name_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "name_en_status"))})
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    private BigDecimal baseline;
    @Column(name = "baseline_year")
    private int baselineYear;
    private BigDecimal target;
    @Column(name = "target_year")
    private int targetYear;

    protected Indicator() {
    }

    /** Baseline and target respect the unit too; the target year is not before the baseline year. */
    public Indicator(long obligationId, LocalizedText name, IndicatorUnit unit, BigDecimal baseline, int baselineYear,
                     BigDecimal target, int targetYear) {
        if (unit.violation(baseline) != null) {
            throw new MonitoringRuleException("baseline", unit.violation(baseline));
        }
        if (unit.violation(target) != null) {
            throw new MonitoringRuleException("target", unit.violation(target));
        }
        if (targetYear < baselineYear) {
            throw new MonitoringRuleException("targetYear", "monitoring.rule.indicator.targetYear");
        }
        this.obligationId = obligationId;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.baselineYear = baselineYear;
        this.target = target;
        this.targetYear = targetYear;
    }

    /** The share toward the target of an actual value (one rule everywhere: {@link TargetShare}). */
    public Integer share(BigDecimal actual) {
        return TargetShare.percent(baseline, target, actual);
    }

    public Long getId() { return id; }
    public long getObligationId() { return obligationId; }
    public LocalizedText getName() { return name; }
    public IndicatorUnit getUnit() { return unit; }
    public BigDecimal getBaseline() { return baseline; }
    public int getBaselineYear() { return baselineYear; }
    public BigDecimal getTarget() { return target; }
    public int getTargetYear() { return targetYear; }
}

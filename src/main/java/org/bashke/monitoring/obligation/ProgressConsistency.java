package org.bashke.monitoring.obligation;

import org.bashke.monitoring.ObligationStatus;

/**
 * Rule: status and percent agree. Completed is exactly 100% (and 100% is completed); a cancellation
 * says why; "not assessed" is where obligations start, not something an update can report.
 */
public final class ProgressConsistency {

    private ProgressConsistency() {
    }

    public static void check(ObligationStatus status, int percent, String cancelReason) {
        if (status == null) {
            throw new MonitoringRuleException("status", "monitoring.rule.status.required");
        }
        if (status == ObligationStatus.NOT_ASSESSED) {
            throw new MonitoringRuleException("status", "monitoring.rule.status.notReportable");
        }
        if (percent < 0 || percent > 100) {
            throw new MonitoringRuleException("percent", "monitoring.rule.percent.range");
        }
        if (status == ObligationStatus.COMPLETED && percent != 100) {
            throw new MonitoringRuleException("percent", "monitoring.rule.completed.needsFullPercent");
        }
        if (status != ObligationStatus.COMPLETED && percent == 100) {
            throw new MonitoringRuleException("status", "monitoring.rule.fullPercent.needsCompleted");
        }
        if (status == ObligationStatus.CANCELLED && (cancelReason == null || cancelReason.isBlank())) {
            throw new MonitoringRuleException("cancelReason", "monitoring.rule.cancelled.needsReason");
        }
    }
}

package org.bashke.monitoring.obligation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bashke.monitoring.ObligationStatus;
import org.junit.jupiter.api.Test;

class ProgressConsistencyTest {

    static void refused(ObligationStatus status, int percent, String reason, String key) {
        assertThatThrownBy(() -> ProgressConsistency.check(status, percent, reason))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void completed_means_exactly_one_hundred_percent() {
        refused(ObligationStatus.COMPLETED, 90, null, "monitoring.rule.completed.needsFullPercent");
        assertThatCode(() -> ProgressConsistency.check(ObligationStatus.COMPLETED, 100, null)).doesNotThrowAnyException();
    }

    @Test
    void one_hundred_percent_means_completed() {
        refused(ObligationStatus.IN_PROGRESS, 100, null, "monitoring.rule.fullPercent.needsCompleted");
        refused(ObligationStatus.DELAYED, 100, null, "monitoring.rule.fullPercent.needsCompleted");
    }

    @Test
    void a_cancellation_needs_a_reason() {
        refused(ObligationStatus.CANCELLED, 0, "  ", "monitoring.rule.cancelled.needsReason");
        assertThatCode(() -> ProgressConsistency.check(ObligationStatus.CANCELLED, 20, "Replaced by a new law")).doesNotThrowAnyException();
    }

    @Test
    void percent_stays_between_zero_and_one_hundred() {
        refused(ObligationStatus.IN_PROGRESS, -1, null, "monitoring.rule.percent.range");
        refused(ObligationStatus.IN_PROGRESS, 101, null, "monitoring.rule.percent.range");
    }

    @Test
    void an_update_cannot_report_not_assessed() {
        refused(ObligationStatus.NOT_ASSESSED, 0, null, "monitoring.rule.status.notReportable");
    }
}

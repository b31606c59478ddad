package org.bashke.monitoring.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ObligationRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    static Obligation activity() {
        return Obligation.activity(1, 1, 1, "A1", LocalizedText.same("Training"), 7, DEADLINE, NOW);
    }

    static String key(Runnable r) {
        try {
            r.run();
            return null;
        } catch (MonitoringRuleException e) {
            return e.messageKey();
        }
    }

    @Test
    void a_moved_deadline_keeps_both_dates_and_the_reason() {
        Obligation o = activity();
        DeadlineChange change = o.moveDeadline(DEADLINE.plusMonths(3), "Funding arrived late", "Secretariat", NOW);
        assertThat(o.getDeadline()).isEqualTo(DEADLINE.plusMonths(3));
        assertThat(o.getOriginalDeadline()).isEqualTo(DEADLINE);
        assertThat(o.deadlineMoved()).isTrue();
        assertThat(change.getFromDate()).isEqualTo(DEADLINE);
        assertThat(change.getToDate()).isEqualTo(DEADLINE.plusMonths(3));
        assertThat(change.getReason()).isEqualTo("Funding arrived late");
    }

    @Test
    void a_deadline_moves_only_with_a_reason() {
        Obligation o = activity();
        assertThat(key(() -> o.moveDeadline(DEADLINE.plusDays(10), " ", "x", NOW))).isEqualTo("monitoring.rule.deadline.needsReason");
        assertThat(o.getDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void an_obligation_starts_not_assessed_and_follows_its_latest_update() {
        Obligation o = activity();
        assertThat(o.getStatus()).isEqualTo(ObligationStatus.NOT_ASSESSED);
        o.follow(ObligationStatus.COMPLETED, 100, null, LocalDate.of(2026, 11, 27), NOW);
        assertThat(o.getStatus()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(o.getCompletedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void an_update_cannot_be_corrected_after_its_cso_assessment() {
        ProgressUpdate u = new ProgressUpdate(1, ObligationStatus.IN_PROGRESS, 40, null, LocalizedText.same("Half way"), 3L, "Officer", NOW);
        assertThat(key(() -> u.correct(true, ObligationStatus.IN_PROGRESS, 60, null, LocalizedText.same("More"), NOW)))
                .isEqualTo("monitoring.rule.update.assessed");
        assertThat(u.getPercent()).isEqualTo(40);
        u.correct(false, ObligationStatus.IN_PROGRESS, 60, null, LocalizedText.same("More"), NOW);
        assertThat(u.getPercent()).isEqualTo(60);
        assertThat(u.getEditedAt()).isEqualTo(NOW);
    }

    @Test
    void disagreeing_needs_words_agreeing_does_not() {
        assertThat(key(() -> new Assessment(1, Verdict.DISAGREE, LocalizedText.same(""), 1L, "CSO", null, NOW)))
                .isEqualTo("monitoring.rule.assessment.needsNarrative");
        assertThat(new Assessment(1, Verdict.AGREE, LocalizedText.same(""), 1L, "CSO", null, NOW).getVerdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void indicator_actuals_respect_the_unit() {
        assertThat(IndicatorUnit.PERCENT.violation(new BigDecimal("101"))).isEqualTo("monitoring.rule.indicator.percentRange");
        assertThat(IndicatorUnit.COUNT.violation(new BigDecimal("2.5"))).isEqualTo("monitoring.rule.indicator.wholeNumber");
        assertThat(IndicatorUnit.COUNT.violation(new BigDecimal("3.00"))).isNull();
        assertThat(IndicatorUnit.EUR.violation(new BigDecimal("10.005"))).isEqualTo("monitoring.rule.indicator.euros");
        assertThat(IndicatorUnit.EUR.violation(new BigDecimal("-1"))).isEqualTo("monitoring.rule.indicator.euros");
        assertThat(IndicatorUnit.NUMBER.violation(new BigDecimal("-3.14159"))).isNull();
    }

    @Test
    void an_indicator_target_year_is_not_before_its_baseline_year() {
        assertThat(key(() -> new Indicator(1, LocalizedText.same("x"), IndicatorUnit.COUNT, BigDecimal.ZERO, 2020, BigDecimal.TEN, 2019)))
                .isEqualTo("monitoring.rule.indicator.targetYear");
    }
}

package org.bashke.shared.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A period is one year or several; states are taken on its last day, or today while it runs. */
class ResultPeriodTest {

    final LocalDate today = LocalDate.of(2026, 11, 27);

    @Test
    void a_running_year_takes_its_states_today_and_a_finished_one_on_its_last_day() {
        assertThat(ResultPeriod.of(2026, today).asOf()).isEqualTo(today);
        assertThat(ResultPeriod.of(2025, today).asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ResultPeriod.of(2025, today).singleYear()).isTrue();
        assertThat(ResultPeriod.of(2025, today).label()).isEqualTo("2025");
    }

    @Test
    void the_whole_period_spans_its_years_and_splits_into_them() {
        ResultPeriod whole = ResultPeriod.of(2024, 2026, today);
        assertThat(whole.singleYear()).isFalse();
        assertThat(whole.label()).isEqualTo("2024-2026");
        assertThat(whole.first()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(whole.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(whole.asOf()).isEqualTo(today);
        assertThat(whole.end()).isEqualTo(LocalDate.of(2027, 1, 1).atStartOfDay(ResultPeriod.KOSOVO).toOffsetDateTime());
        assertThat(whole.years()).containsExactly(ResultPeriod.of(2024, today), ResultPeriod.of(2025, today), ResultPeriod.of(2026, today));
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> ResultPeriod.of(2026, 2024, today)).isInstanceOf(IllegalArgumentException.class);
    }
}

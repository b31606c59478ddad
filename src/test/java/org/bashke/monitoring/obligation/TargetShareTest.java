package org.bashke.monitoring.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetShareTest {

    static Integer share(String baseline, String target, String actual) {
        return TargetShare.percent(new BigDecimal(baseline), new BigDecimal(target), actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void the_share_is_the_way_travelled_from_baseline_to_target() {
        assertThat(share("40", "80", "67")).isEqualTo(67);
        assertThat(share("0", "15", "15")).isEqualTo(100);
        assertThat(share("0", "15", "0")).isZero();
    }

    @Test
    void a_target_reached_early_or_passed_counts_as_complete() {
        assertThat(share("0", "15", "18")).isEqualTo(100);
    }

    @Test
    void a_falling_target_works_the_same_way() {
        // e.g. days to register an NGO: from 60 down to 20
        assertThat(share("60", "20", "40")).isEqualTo(50);
        assertThat(share("60", "20", "70")).isZero();
    }

    @Test
    void no_actual_value_means_no_share() {
        assertThat(share("0", "10", null)).isNull();
    }

    @Test
    void a_target_equal_to_the_baseline_is_met_only_by_holding_it() {
        assertThat(share("5", "5", "5")).isEqualTo(100);
        assertThat(share("5", "5", "4")).isZero();
    }
}

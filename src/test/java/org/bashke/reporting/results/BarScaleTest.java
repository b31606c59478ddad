package org.bashke.reporting.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bashke.shared.reporting.ResultFigure.Result.R2;

import java.math.BigDecimal;
import java.util.List;
import org.bashke.shared.reporting.ResultFigure;
import org.junit.jupiter.api.Test;

/** Bars of a chart are measured against their denominator, or against the largest figure of the same unit. */
class BarScaleTest {

    @Test
    void counts_are_measured_against_the_largest_count_and_euro_against_the_largest_amount() {
        List<Double> lengths = BarScale.lengths(List.of(
                ResultFigure.count(R2, 1, "a", 10, null),
                ResultFigure.count(R2, 2, "b", 5, null),
                ResultFigure.euro(R2, 3, "c", new BigDecimal("1200.00"), null)));
        assertThat(lengths).containsExactly(1.0, 0.5, 1.0);
    }

    @Test
    void a_figure_with_a_denominator_fills_its_share_of_it_and_never_more_than_all() {
        List<Double> lengths = BarScale.lengths(List.of(
                ResultFigure.countOf(R2, 1, "seats", 3, 4, null),
                ResultFigure.countOf(R2, 2, "over", 7, 5, null),
                ResultFigure.count(R2, 3, "big", 1000, null)));
        assertThat(lengths).containsExactly(0.75, 1.0, 1.0);
    }

    @Test
    void zeros_and_empty_denominators_draw_no_bar() {
        List<Double> lengths = BarScale.lengths(List.of(
                ResultFigure.count(R2, 1, "none", 0, null),
                ResultFigure.countOf(R2, 2, "nothingDue", 0, 0, null)));
        assertThat(lengths).containsExactly(0.0, 0.0);
    }

    @Test
    void the_share_is_rounded_to_whole_percent_and_absent_without_a_denominator() {
        assertThat(ResultFigure.countOf(R2, 1, "x", 2, 3, null).percent()).isEqualTo(67);
        assertThat(ResultFigure.countOf(R2, 1, "x", 1, 0, null).percent()).isNull();
        assertThat(ResultFigure.count(R2, 1, "x", 1, null).percent()).isNull();
    }
}

package org.bashke.reporting.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bashke.shared.reporting.ResultFigure.Result.R1;
import static org.bashke.shared.reporting.ResultFigure.Result.R3;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The whole project period, year by year: each year is asked of the contributor, and so is the whole period,
 * whose value is what the contributor answers for it (a sum for meetings, the last day's state for members).
 */
class YearByYearTest {

    /** Meetings: two a year (a sum). Members: 100 plus 10 per year, taken at the end of the period (a state). */
    static final ResultFigures FAKE = period -> List.of(
            ResultFigure.count(R1, 10, "meetings", 2L * (period.to() - period.from() + 1), null),
            ResultFigure.count(R3, 10, "members", 100 + 10L * (period.to() - 2024), null).atEndOfPeriod());

    final ResultsDashboard dashboard = new ResultsDashboard(provider(FAKE), 2024);

    @Test
    void each_year_has_its_column_and_the_whole_period_is_answered_by_the_contributor() {
        ResultPeriod whole = ResultPeriod.of(2024, 2026, ResultsDashboard.today());
        YearByYear table = dashboard.yearByYear(whole);
        assertThat(table.years()).containsExactly(2024, 2025, 2026);

        YearByYear.Line meetings = table.lines().get(R1).get(0);
        assertThat(meetings.byYear()).extracting(ResultFigure::value).containsExactly(bd(2), bd(2), bd(2));
        assertThat(meetings.total().value()).isEqualTo(bd(6));
        assertThat(meetings.total().measure()).isEqualTo(ResultFigure.Measure.SUM);

        YearByYear.Line members = table.lines().get(R3).get(0);
        assertThat(members.byYear()).extracting(ResultFigure::value).containsExactly(bd(100), bd(110), bd(120));
        assertThat(members.total().value()).as("a state is its value at the end of the period, not a sum").isEqualTo(bd(120));
        assertThat(members.total().measure()).isEqualTo(ResultFigure.Measure.END_OF_PERIOD);
    }

    @Test
    void the_whole_period_is_asked_for_with_all_and_runs_from_the_first_year_to_this_one() {
        int now = ResultsDashboard.today().getYear();
        ResultPeriod whole = dashboard.period("all");
        assertThat(whole.from()).isEqualTo(Math.min(2024, now));
        assertThat(whole.to()).isEqualTo(now);
        assertThat(dashboard.period("1999").from()).isEqualTo(Math.min(2024, now));
        assertThat(dashboard.period("nonsense").singleYear()).isTrue();
        assertThat(dashboard.years()).first().isEqualTo(now);
    }

    @Test
    void a_contributor_that_fails_is_left_out_of_every_year() {
        ResultFigures failing = period -> {
            throw new IllegalStateException("down");
        };
        ResultsDashboard withFailure = new ResultsDashboard(provider(FAKE, failing), 2024);
        Map<ResultFigure.Result, List<YearByYear.Line>> lines = withFailure.yearByYear(withFailure.wholePeriod()).lines();
        assertThat(lines.get(R1)).hasSize(1);
    }

    private static BigDecimal bd(long n) {
        return BigDecimal.valueOf(n);
    }

    private static org.springframework.beans.factory.ObjectProvider<ResultFigures> provider(ResultFigures... contributors) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < contributors.length; i++) {
            beans.addBean("contributor" + i, contributors[i]);
        }
        return beans.getBeanProvider(ResultFigures.class);
    }
}

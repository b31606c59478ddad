package org.bashke.reporting.usage;

import static org.bashke.shared.reporting.ResultFigure.Result.R2;

import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.stereotype.Component;

/**
 * Portal use for result 2: public pages viewed and searches made in the period, counted without tracking anyone.
 * Both are counts of things that happened, so several years add up (SUM).
 */
@Component
class UsageResultFigures implements ResultFigures {

    private final PageCounts counts;

    UsageResultFigures(PageCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        Map<String, Long> byKind = counts.byKind(period.first(), period.last());
        long views = byKind.values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                ResultFigure.count(R2, 30, "reporting.pageViews", views, null),
                ResultFigure.count(R2, 40, "reporting.searches", byKind.getOrDefault(PageKinds.SEARCH, 0L), "/search"));
    }
}

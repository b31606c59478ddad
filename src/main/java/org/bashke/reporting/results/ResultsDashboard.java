package org.bashke.reporting.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Collects the figures every module contributes for a period (one year, or the whole project period) and
 * groups them by result. A contributor that fails is left out (and logged) so that one module's trouble never
 * takes the dashboard down.
 */
@Service
public class ResultsDashboard {

    private static final Logger log = LoggerFactory.getLogger(ResultsDashboard.class);

    /** The value of the year choice that asks for the whole project period. */
    public static final String WHOLE_PERIOD = "all";

    private final ObjectProvider<ResultFigures> contributors;
    private final int firstYear;

    /**
     * @param firstYear the year the platform's results framework starts counting from (the project period as
     *                  far as this platform has data: the seed's first action ran 2014-2016, before the platform)
     */
    ResultsDashboard(ObjectProvider<ResultFigures> contributors, @Value("${bashke.reporting.first-year:2024}") int firstYear) {
        this.contributors = contributors;
        this.firstYear = firstYear;
    }

    /** Every result R1 to R4 (empty lists included), its figures sorted by their order then key. */
    public Map<ResultFigure.Result, List<ResultFigure>> figures(ResultPeriod period) {
        Map<ResultFigure.Result, List<ResultFigure>> grouped = new EnumMap<>(ResultFigure.Result.class);
        for (ResultFigure.Result r : ResultFigure.Result.values()) {
            grouped.put(r, new ArrayList<>());
        }
        contributors.orderedStream().forEach(c -> {
            try {
                c.figures(period).forEach(f -> grouped.get(f.result()).add(f));
            } catch (RuntimeException e) {
                log.warn("Result figures of {} left out: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        });
        grouped.values().forEach(list -> list.sort(Comparator.comparingInt(ResultFigure::order).thenComparing(ResultFigure::key)));
        return grouped;
    }

    /**
     * The period's figures with, for each, its value in every year of the period. The whole period's value is
     * what the contributor answers for the whole span (a sum, a state at its end or a distinct count, as its
     * {@link ResultFigure#measure()} says), never the dashboard's own addition of the years.
     */
    public YearByYear yearByYear(ResultPeriod period) {
        List<ResultPeriod> years = period.years();
        List<Map<ResultFigure.Result, List<ResultFigure>>> perYear = years.stream().map(this::figures).toList();
        Map<ResultFigure.Result, List<YearByYear.Line>> lines = new EnumMap<>(ResultFigure.Result.class);
        figures(period).forEach((result, totals) -> {
            List<YearByYear.Line> list = new ArrayList<>();
            for (ResultFigure total : totals) {
                List<ResultFigure> cells = perYear.stream()
                        .map(y -> y.get(result).stream().filter(f -> f.key().equals(total.key())).findFirst().orElse(null))
                        .toList();
                list.add(new YearByYear.Line(total, cells));
            }
            lines.put(result, list);
        });
        return new YearByYear(years.stream().map(ResultPeriod::from).toList(), lines);
    }

    /**
     * The period asked for: {@value #WHOLE_PERIOD} for the whole project period, a year kept within the years
     * there can be figures for, or the current year when absent or neither.
     */
    public ResultPeriod period(String asked) {
        LocalDate today = today();
        if (asked != null && asked.strip().equalsIgnoreCase(WHOLE_PERIOD)) {
            return wholePeriod();
        }
        int now = today.getYear();
        if (asked == null || !asked.strip().matches("\\d{4}")) {
            return ResultPeriod.of(now, today);
        }
        int y = Integer.parseInt(asked.strip());
        return ResultPeriod.of(Math.max(firstYear(), Math.min(now, y)), today);
    }

    /** From the first year of the results framework to the current year. */
    public ResultPeriod wholePeriod() {
        LocalDate today = today();
        return ResultPeriod.of(Math.min(firstYear, today.getYear()), today.getYear(), today);
    }

    /** The single years offered, newest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = today().getYear(); y >= firstYear(); y--) {
            years.add(y);
        }
        return years;
    }

    private int firstYear() {
        return Math.min(firstYear, today().getYear());
    }

    static LocalDate today() {
        return LocalDate.now(ResultPeriod.KOSOVO);
    }
}

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
import org.springframework.stereotype.Service;

/**
 * Collects the figures every module contributes for a year and groups them by result. A contributor that
 * fails is left out (and logged) so that one module's trouble never takes the dashboard down.
 */
@Service
public class ResultsDashboard {

    private static final Logger log = LoggerFactory.getLogger(ResultsDashboard.class);

    /** The year the project's results framework starts counting from. */
    public static final int FIRST_YEAR = 2024;

    private final ObjectProvider<ResultFigures> contributors;

    ResultsDashboard(ObjectProvider<ResultFigures> contributors) {
        this.contributors = contributors;
    }

    /** Every result R1 to R4 (empty lists included), its figures sorted by their order then key. */
    public Map<ResultFigure.Result, List<ResultFigure>> figures(int year) {
        ResultPeriod period = ResultPeriod.of(year, today());
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

    /** A year asked for, kept within the years there can be figures for; the current year when absent or not a year. */
    public static int year(String asked) {
        int now = today().getYear();
        if (asked == null || !asked.strip().matches("\\d{4}")) {
            return now;
        }
        int y = Integer.parseInt(asked.strip());
        return Math.max(FIRST_YEAR, Math.min(now, y));
    }

    /** The years offered, newest first. */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = today().getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    static LocalDate today() {
        return LocalDate.now(ResultPeriod.KOSOVO);
    }
}

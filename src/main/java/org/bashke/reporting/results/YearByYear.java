package org.bashke.reporting.results;

import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;

/**
 * A period's figures year by year: per result, a line per figure with its value in each year (in the order of
 * {@link #years()}) and over the whole period.
 */
public record YearByYear(List<Integer> years, Map<ResultFigure.Result, List<Line>> lines) {

    /**
     * @param total  the figure over the whole period
     * @param byYear the figure in each year, null for a year its contributor did not answer
     */
    public record Line(ResultFigure total, List<ResultFigure> byYear) {
    }
}

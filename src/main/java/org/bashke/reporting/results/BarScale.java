package org.bashke.reporting.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bashke.shared.reporting.ResultFigure;

/**
 * How long each bar of a result's chart is, as a share of the full length (0 to 1): a figure counted against
 * a denominator fills that share of it (capped at 1); any other figure is drawn against the largest figure of
 * the same unit in the chart, so counts and euro amounts are never measured against each other.
 */
public final class BarScale {

    private BarScale() {
    }

    public static List<Double> lengths(List<ResultFigure> figures) {
        Map<ResultFigure.Unit, BigDecimal> largest = new HashMap<>();
        for (ResultFigure f : figures) {
            if (f.outOf() == null) {
                largest.merge(f.unit(), f.value().max(BigDecimal.ZERO), BigDecimal::max);
            }
        }
        return figures.stream().map(f -> {
            BigDecimal whole = f.outOf() != null ? f.outOf() : largest.getOrDefault(f.unit(), BigDecimal.ZERO);
            if (whole.signum() <= 0 || f.value().signum() <= 0) {
                return 0.0;
            }
            return Math.min(1.0, f.value().divide(whole, MathContext.DECIMAL64).doubleValue());
        }).toList();
    }
}

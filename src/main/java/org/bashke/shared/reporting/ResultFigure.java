package org.bashke.shared.reporting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of the results framework for a year.
 *
 * @param result   which result it measures
 * @param key      a stable key, also the column value in exports, e.g. {@code council.meetingsHeld}
 * @param labelKey message key of its label in the reader's language
 * @param value    the figure
 * @param outOf    the target or denominator it is counted against, or null
 * @param unit     what it counts
 * @param url      the public list it comes from, or null
 * @param order    its place within its result (lower first)
 */
public record ResultFigure(Result result, String key, String labelKey, BigDecimal value, BigDecimal outOf,
        Unit unit, String url, int order) {

    /** The four results of the project. */
    public enum Result {
        R1, R2, R3, R4
    }

    /** What a figure counts. */
    public enum Unit {
        COUNT, EUR
    }

    public ResultFigure {
        Objects.requireNonNull(result);
        Objects.requireNonNull(key);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(unit);
        value = value == null ? BigDecimal.ZERO : value;
    }

    /** A count labelled {@code reporting.figure.<key>}. */
    public static ResultFigure count(Result result, int order, String key, long value, String url) {
        return new ResultFigure(result, key, "reporting.figure." + key, BigDecimal.valueOf(value), null, Unit.COUNT, url, order);
    }

    /** A count out of a denominator (seats filled of the quota, obligations on time of those due). */
    public static ResultFigure countOf(Result result, int order, String key, long value, long outOf, String url) {
        return new ResultFigure(result, key, "reporting.figure." + key, BigDecimal.valueOf(value), BigDecimal.valueOf(outOf),
                Unit.COUNT, url, order);
    }

    /** An amount in euro. */
    public static ResultFigure euro(Result result, int order, String key, BigDecimal value, String url) {
        return new ResultFigure(result, key, "reporting.figure." + key, value, null, Unit.EUR, url, order);
    }

    /** The value as a share of {@link #outOf} in whole percent, or null when there is none (or it is zero). */
    public Integer percent() {
        if (outOf == null || outOf.signum() <= 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(outOf, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}

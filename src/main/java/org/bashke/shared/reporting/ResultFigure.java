package org.bashke.shared.reporting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of the results framework for a period (a year or several).
 *
 * @param result   which result it measures
 * @param key      a stable key, also the column value in exports, e.g. {@code council.meetingsHeld}
 * @param labelKey message key of its label in the reader's language
 * @param value    the figure
 * @param outOf    the target or denominator it is counted against, or null
 * @param unit     what it counts
 * @param url      the public list it comes from, or null
 * @param order    its place within its result (lower first)
 * @param measure  how a period of several years is counted: a sum, a state at its end, or things counted once
 */
public record ResultFigure(Result result, String key, String labelKey, BigDecimal value, BigDecimal outOf,
        Unit unit, String url, int order, Measure measure) {

    /** The four results of the project. */
    public enum Result {
        R1, R2, R3, R4
    }

    /** What a figure counts. */
    public enum Unit {
        COUNT, EUR
    }

    /**
     * What a figure is over several years. The contributor decides, since only it knows what it counts; the
     * dashboard shows it beside the whole period's value so a reader (or the donor) knows how it was reached.
     */
    public enum Measure {
        /** Things that happen (meetings held, euro paid): the whole period's value is the sum of its years. */
        SUM,
        /** A state (members, seats filled, subscribers): taken on the period's last day, never added up over years. */
        END_OF_PERIOD,
        /** Distinct things reached over the period (organisations supported): each counted once, so at most the sum of the years. */
        DISTINCT
    }

    /** A figure counted over the period ({@link Measure#SUM}). */
    public ResultFigure(Result result, String key, String labelKey, BigDecimal value, BigDecimal outOf, Unit unit, String url, int order) {
        this(result, key, labelKey, value, outOf, unit, url, order, Measure.SUM);
    }

    public ResultFigure {
        Objects.requireNonNull(result);
        Objects.requireNonNull(key);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(unit);
        value = value == null ? BigDecimal.ZERO : value;
        measure = measure == null ? Measure.SUM : measure;
    }

    /** The same figure taken as a state on the period's last day ({@link Measure#END_OF_PERIOD}). */
    public ResultFigure atEndOfPeriod() {
        return new ResultFigure(result, key, labelKey, value, outOf, unit, url, order, Measure.END_OF_PERIOD);
    }

    /** The same figure counting distinct things once over the period ({@link Measure#DISTINCT}). */
    public ResultFigure distinct() {
        return new ResultFigure(result, key, labelKey, value, outOf, unit, url, order, Measure.DISTINCT);
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

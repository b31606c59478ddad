package org.bashke.fund.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How long a bar of a report chart is: the largest total of the chart fills the full width, every other bar is in
 * proportion, a zero is no bar, and a value above zero is never drawn thinner than one unit (so it stays visible).
 */
public final class ChartScale {

    private ChartScale() {
    }

    public static double width(BigDecimal value, BigDecimal largest, double fullWidth) {
        if (value == null || largest == null || value.signum() <= 0 || largest.signum() <= 0) {
            return 0;
        }
        double w = value.multiply(BigDecimal.valueOf(fullWidth)).divide(largest, 1, RoundingMode.HALF_UP).doubleValue();
        return Math.max(1, Math.min(fullWidth, w));
    }
}

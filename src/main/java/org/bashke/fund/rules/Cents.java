package org.bashke.fund.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rule: every amount the fund computes is rounded to whole cents, half up, once per line (the
 * claim total is the sum of rounded lines, so what the claimant sees per line adds up to the total).
 */
public final class Cents {

    private Cents() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "12.50 €": amounts in computations are written the same way in every language. */
    public static String euro(BigDecimal amount) {
        return round(amount).toPlainString() + " €";
    }
}

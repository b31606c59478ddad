package org.bashke.monitoring.obligation;

import java.math.BigDecimal;

/**
 * Rule: a value respects its indicator's unit — a percentage lies within 0–100, counts and days are
 * whole and not negative, euros are not negative and have at most cents; a plain number is anything.
 */
public enum IndicatorUnit {
    PERCENT, COUNT, DAYS, EUR, NUMBER;

    /** @return a message key saying what is wrong, or null when the value fits */
    public String violation(BigDecimal value) {
        if (value == null) {
            return "monitoring.rule.indicator.valueRequired";
        }
        return switch (this) {
            case PERCENT -> value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                    ? "monitoring.rule.indicator.percentRange" : null;
            case COUNT, DAYS -> value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                    ? "monitoring.rule.indicator.wholeNumber" : null;
            case EUR -> value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                    ? "monitoring.rule.indicator.euros" : null;
            case NUMBER -> null;
        };
    }

    public String labelKey() {
        return "monitoring.unit." + name();
    }
}

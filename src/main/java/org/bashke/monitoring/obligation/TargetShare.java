package org.bashke.monitoring.obligation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rule: how far an indicator has come from its baseline toward its target, 0–100 %, computed the same
 * way on every page, scorecard and report. Works for targets below the baseline (fewer days, lower
 * costs) as well as above; a target reached early — or passed — counts as 100 %; moving away from the
 * target counts as 0 %. When target equals baseline the target is "hold the line": 100 % while the
 * actual is at or beyond it in the indicator's direction, which is undefined, so: equal is 100 %, else 0 %.
 */
public final class TargetShare {

    private TargetShare() {
    }

    /** @return the share in whole percent, or null when there is no actual value yet */
    public static Integer percent(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (actual == null) {
            return null;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return actual.compareTo(target) == 0 ? 100 : 0;
        }
        BigDecimal share = actual.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.DOWN);
        return Math.max(0, Math.min(100, share.intValue()));
    }
}

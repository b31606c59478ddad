package org.bashke.fund.budget;

import java.math.BigDecimal;

/**
 * Where a budget line stands: committed = approved but not yet paid, spent = paid (with adjustments to paid
 * claims), remaining = amount − committed − spent.
 */
public record BudgetBalance(BudgetLine line, BigDecimal committed, BigDecimal spent) {

    public BigDecimal remaining() {
        return line.getAmount().subtract(committed).subtract(spent);
    }

    /** Share used, 0–100, for the bar on the budget page. */
    public int percentUsed() {
        if (line.getAmount().signum() == 0) {
            return 100;
        }
        return committed.add(spent).multiply(BigDecimal.valueOf(100))
                .divide(line.getAmount(), 0, java.math.RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
    }
}

package org.bashke.fund.rules;

import java.math.BigDecimal;

/**
 * The figures of one version of the published rules.
 *
 * @param accommodationMinKm one-way distance from which a night is paid even for a one-day meeting
 * @param fourEyesThreshold  approvals above it need an approver other than the reviewer
 */
public record RulesTerms(BigDecimal perKmRate, BigDecimal accommodationCap, int accommodationMinKm,
                         BigDecimal mealsCapPerDay, BigDecimal otherCap, BigDecimal claimCap,
                         BigDecimal organisationYearCap, BigDecimal fourEyesThreshold) {
}

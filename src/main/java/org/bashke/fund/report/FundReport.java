package org.bashke.fund.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fund's figures for one budget year (the year of the meetings claimed for): committed = approved and not yet
 * paid, spent = paid with any adjustments to paid claims. Broken down by year, body, region of the organisation,
 * budget line and month of the meeting. No person is named: organisations only.
 */
public record FundReport(int year, Figures totals, List<Section> sections, List<Supported> supported) {

    /** Width of the longest bar of a chart, in SVG units. */
    public static final double BAR_WIDTH = 380;

    public record Figures(BigDecimal committed, BigDecimal spent, int claims) {

        public BigDecimal total() {
            return committed.add(spent);
        }
    }

    /**
     * One row of a breakdown; {@code budget} only for budget lines; the widths are the chart's bars.
     */
    public record Row(String key, String label, BigDecimal budget, BigDecimal committed, BigDecimal spent, int claims,
                      double spentWidth, double committedWidth) {

        public BigDecimal total() {
            return committed.add(spent);
        }

        public BigDecimal remaining() {
            return budget == null ? null : budget.subtract(committed).subtract(spent);
        }
    }

    /** One breakdown: {@code dimension} is year, body, region, line or month. */
    public record Section(String dimension, List<Row> rows) {

        public boolean hasBudget() {
            return "line".equals(dimension);
        }
    }

    /** An organisation the fund paid for meetings of the year (the public list). */
    public record Supported(long organisationId, String organisation, String region, int claims, BigDecimal paid) {
    }

    public Section section(String dimension) {
        return sections.stream().filter(s -> s.dimension().equals(dimension)).findFirst().orElseThrow();
    }
}

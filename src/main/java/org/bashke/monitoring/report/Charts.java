package org.bashke.monitoring.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Charts drawn on the server as SVG: no script, the same in the page and the PDF. Each chart is an image
 * whose words are in the reader's language, and every page that shows one also shows the same figures
 * as a table (the accessible version; the SVG points to it with aria-describedby).
 */
@Component("monitoringCharts")
public class Charts {

    /** Colours with at least 3:1 contrast against white, told apart by labels as well, never by colour alone. */
    private static final Map<ObligationStatus, String> COLOURS = Map.of(
            ObligationStatus.COMPLETED, "#00703c", ObligationStatus.IN_PROGRESS, "#1d70b8",
            ObligationStatus.NOT_STARTED, "#505a5f", ObligationStatus.DELAYED, "#d4351c",
            ObligationStatus.CANCELLED, "#6f3092", ObligationStatus.NOT_ASSESSED, "#6f777b");

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** A horizontal bar per status, labelled with the status and its count. */
    public String statusBars(Map<ObligationStatus, Long> counts, Locale locale, String titleKey, String describedBy) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<ObligationStatus> statuses = List.of(ObligationStatus.values());
        int rowHeight = 28;
        int labelWidth = 200;
        int barWidth = 320;
        int height = statuses.size() * rowHeight + 10;
        String title = esc(messages.getMessage(titleKey, null, locale));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ')
                .append(height).append("\"");
        if (describedBy != null) {
            svg.append(" aria-describedby=\"").append(esc(describedBy)).append('"');
        }
        svg.append(" aria-label=\"").append(title).append("\"><title>").append(title).append("</title>");
        int y = 5;
        for (ObligationStatus s : statuses) {
            long n = counts.getOrDefault(s, 0L);
            int w = (int) (barWidth * n / max);
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append(esc(messages.getMessage(s.labelKey(), null, locale))).append("</text>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"18\" fill=\"").append(COLOURS.get(s)).append("\"/>");
            svg.append("<text x=\"").append(labelWidth + Math.max(w, 1) + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"14\" fill=\"#0b0c0c\">").append(n).append("</text>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * An indicator over time: the baseline (mid-year of its year), each actual at the day it was measured, and
     * the target (mid-year of its year), with the planned path from baseline to target dashed. The figures are
     * also in the indicator table the chart points to.
     */
    public String indicatorTrend(Indicator indicator, List<IndicatorValue> values, Locale locale, String describedBy) {
        int width = 560;
        int height = 240;
        int left = 70;
        int right = 110;
        int top = 20;
        int bottom = 40;
        LocalDate baseDay = LocalDate.of(indicator.getBaselineYear(), 7, 1);
        LocalDate targetDay = LocalDate.of(indicator.getTargetYear(), 7, 1);
        LocalDate from = baseDay;
        LocalDate to = targetDay;
        BigDecimal min = indicator.getBaseline().min(indicator.getTarget());
        BigDecimal max = indicator.getBaseline().max(indicator.getTarget());
        for (IndicatorValue v : values) {
            from = v.getMeasuredOn().isBefore(from) ? v.getMeasuredOn() : from;
            to = v.getMeasuredOn().isAfter(to) ? v.getMeasuredOn() : to;
            min = min.min(v.getValue());
            max = max.max(v.getValue());
        }
        from = LocalDate.of(from.getYear(), 1, 1);
        to = LocalDate.of(to.getYear(), 12, 31);
        if (max.compareTo(min) == 0) {
            max = max.add(BigDecimal.ONE);
        }
        double x0 = from.toEpochDay();
        double xSpan = Math.max(1, to.toEpochDay() - x0);
        double y0 = min.doubleValue();
        double ySpan = max.doubleValue() - y0;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> left + plotW * (d.toEpochDay() - x0) / xSpan;
        java.util.function.ToDoubleFunction<BigDecimal> y = v -> top + plotH - plotH * (v.doubleValue() - y0) / ySpan;

        String name = indicator.getName().display(locale);
        String title = esc(messages.getMessage("monitoring.chart.trend.title", new Object[] {name}, locale));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"trend-chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"');
        if (describedBy != null) {
            svg.append(" aria-describedby=\"").append(esc(describedBy)).append('"');
        }
        svg.append(" aria-label=\"").append(title).append("\"><title>").append(title).append("</title>");
        // axes, with the lowest and highest value and a label per year
        svg.append(line(left, top, left, top + plotH, "#0b0c0c", false)).append(line(left, top + plotH, left + plotW, top + plotH, "#0b0c0c", false));
        svg.append(text(left - 6, top + plotH + 4, number(min), "end")).append(text(left - 6, top + 10, number(max), "end"));
        int years = to.getYear() - from.getYear() + 1;
        int step = years > 10 ? 2 : 1;
        for (int year = from.getYear(); year <= to.getYear(); year += step) {
            svg.append(text(x.applyAsDouble(LocalDate.of(year, 7, 1)), top + plotH + 18, String.valueOf(year), "middle"));
        }
        // the planned path from baseline to target
        double bx = x.applyAsDouble(baseDay);
        double by = y.applyAsDouble(indicator.getBaseline());
        double tx = x.applyAsDouble(targetDay);
        double ty = y.applyAsDouble(indicator.getTarget());
        svg.append(line(bx, by, tx, ty, "#505a5f", true));
        svg.append("<rect x=\"").append(fmt(tx - 5)).append("\" y=\"").append(fmt(ty - 5)).append("\" width=\"10\" height=\"10\" fill=\"#505a5f\"/>");
        svg.append(text(tx + 8, ty + 4, msg("monitoring.chart.trend.target", locale, number(indicator.getTarget())), "start"));
        svg.append("<circle cx=\"").append(fmt(bx)).append("\" cy=\"").append(fmt(by)).append("\" r=\"5\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
        svg.append(text(bx + 8, by + 16, msg("monitoring.chart.trend.baseline", locale, number(indicator.getBaseline())), "start"));
        // the actuals, joined from the baseline in the order they were measured
        if (!values.isEmpty()) {
            StringBuilder points = new StringBuilder().append(fmt(bx)).append(',').append(fmt(by));
            for (IndicatorValue v : values) {
                points.append(' ').append(fmt(x.applyAsDouble(v.getMeasuredOn()))).append(',').append(fmt(y.applyAsDouble(v.getValue())));
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" points=\"").append(points).append("\"/>");
            for (IndicatorValue v : values) {
                svg.append("<circle cx=\"").append(fmt(x.applyAsDouble(v.getMeasuredOn()))).append("\" cy=\"")
                        .append(fmt(y.applyAsDouble(v.getValue()))).append("\" r=\"4\" fill=\"#1d70b8\"/>");
            }
            IndicatorValue last = values.get(values.size() - 1);
            svg.append(text(x.applyAsDouble(last.getMeasuredOn()) + 8, y.applyAsDouble(last.getValue()) - 8,
                    msg("monitoring.chart.trend.actual", locale, number(last.getValue())), "start"));
        }
        return svg.append("</svg>").toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String number(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" fill=\"#0b0c0c\" text-anchor=\"" + anchor + "\">"
                + esc(s) + "</text>";
    }

    private static String esc(String s) {
        // only the XML specials: the SVG goes into XHTML for the PDF too, where named HTML entities are unknown
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

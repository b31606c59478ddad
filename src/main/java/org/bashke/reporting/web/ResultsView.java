package org.bashke.reporting.web;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.reporting.results.BarScale;
import org.bashke.shared.reporting.ResultFigure;
import org.springframework.context.MessageSource;

/** The dashboard as the template draws it: per result its figures with labels, values and bar geometry. */
record ResultsView(List<Section> sections) {

    static final int ROW = 48;
    static final int BAR_MAX = 440;

    record Section(String code, List<Row> rows, int height) {
    }

    /**
     * @param barWidth bar length in chart units; {@code trackWidth} the length of the denominator behind it (0 if none)
     */
    record Row(String key, String label, String value, String outOf, Integer percent, String url,
            int labelY, int barY, int barWidth, int trackWidth, int valueX, int valueY) {

        /** The bar as a share of the full length in whole percent (for the PDF, drawn without SVG). */
        public int barPercent() {
            return Math.round(barWidth * 100f / BAR_MAX);
        }
    }

    static ResultsView of(Map<ResultFigure.Result, List<ResultFigure>> figures, MessageSource messages, Locale locale) {
        List<Section> sections = new ArrayList<>();
        figures.forEach((result, list) -> {
            List<Double> lengths = BarScale.lengths(list);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ResultFigure f = list.get(i);
                int width = (int) Math.round(lengths.get(i) * BAR_MAX);
                int top = i * ROW;
                rows.add(new Row(f.key(), messages.getMessage(f.labelKey(), null, f.key(), locale), format(f, f.value(), locale),
                        f.outOf() == null ? null : format(f, f.outOf(), locale), f.percent(), f.url(),
                        top + 14, top + 20, width, f.outOf() == null ? 0 : BAR_MAX, Math.max(width, f.outOf() == null ? 0 : BAR_MAX) + 8,
                        top + 33));
            }
            sections.add(new Section(result.name(), rows, Math.max(ROW, list.size() * ROW + 4)));
        });
        return new ResultsView(sections);
    }

    static String format(ResultFigure f, java.math.BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (f.unit() == ResultFigure.Unit.EUR) {
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " €";
        }
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}

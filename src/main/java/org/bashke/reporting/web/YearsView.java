package org.bashke.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bashke.reporting.results.YearByYear;
import org.bashke.shared.reporting.ResultFigure;
import org.springframework.context.MessageSource;

/** The whole project period year by year, as the template draws it: per result a row per figure, a column per year. */
record YearsView(List<Integer> years, List<Section> sections) {

    record Section(String code, List<Row> rows) {
    }

    /**
     * @param cells      the figure in each year, formatted ("3", or "3 / 5" when counted against a denominator)
     * @param total      the figure over the whole period, formatted the same way
     * @param measureKey message key saying how the whole period is counted (a sum, the state at its end, each once)
     */
    record Row(String key, String label, String url, List<String> cells, String total, String measureKey) {
    }

    static YearsView of(YearByYear table, MessageSource messages, Locale locale) {
        List<Section> sections = new ArrayList<>();
        table.lines().forEach((result, lines) -> {
            List<Row> rows = new ArrayList<>();
            for (YearByYear.Line line : lines) {
                ResultFigure t = line.total();
                rows.add(new Row(t.key(), messages.getMessage(t.labelKey(), null, t.key(), locale), t.url(),
                        line.byYear().stream().map(f -> cell(f, locale)).toList(), cell(t, locale), measureKey(t.measure())));
            }
            sections.add(new Section(result.name(), rows));
        });
        return new YearsView(table.years(), sections);
    }

    static String measureKey(ResultFigure.Measure measure) {
        return "reporting.measure." + measure.name();
    }

    private static String cell(ResultFigure f, Locale locale) {
        if (f == null) {
            return "";
        }
        String value = ResultsView.format(f, f.value(), locale);
        return f.outOf() == null ? value : value + " / " + ResultsView.format(f, f.outOf(), locale);
    }
}

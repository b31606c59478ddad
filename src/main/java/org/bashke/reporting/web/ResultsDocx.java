package org.bashke.reporting.web;

import static org.bashke.shared.document.WordParts.heading;
import static org.bashke.shared.document.WordParts.paragraph;
import static org.bashke.shared.document.WordParts.row;
import static org.bashke.shared.document.WordParts.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results dashboard as a Word document in the reader's language, in the style of the annual monitoring
 * report: headings, a table per result with the bars drawn as text (so it reads the same in any word
 * processor), and for the whole project period a table per result with a column per year.
 */
@Component
class ResultsDocx {

    private static final int BAR = 30;

    private final MessageSource messages;

    ResultsDocx(MessageSource messages) {
        this.messages = messages;
    }

    /** @param years the year-by-year view of a period of several years, or null for a single year */
    byte[] render(String title, ResultsView view, YearsView years, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, title, 16);
            paragraph(doc, msg("reporting.results.intro", locale));
            for (ResultsView.Section s : view.sections()) {
                heading(doc, msg("reporting.result." + s.code(), locale), 13);
                if (s.rows().isEmpty()) {
                    paragraph(doc, msg("reporting.results.none", locale));
                    continue;
                }
                XWPFTable t = table(doc, msg("reporting.results.figure", locale), msg("reporting.results.value", locale),
                        msg("reporting.results.outOf", locale), msg("reporting.results.share", locale), msg("reporting.results.chart", locale));
                for (ResultsView.Row r : s.rows()) {
                    row(t, r.label(), r.value(), r.outOf(), r.percent() == null ? "" : r.percent() + " %",
                            "█".repeat(Math.round(r.barPercent() * BAR / 100f)));
                }
            }
            if (years != null) {
                heading(doc, msg("reporting.results.byYear", locale), 14);
                for (YearsView.Section s : years.sections()) {
                    if (s.rows().isEmpty()) {
                        continue;
                    }
                    heading(doc, msg("reporting.result." + s.code(), locale), 12);
                    List<String> headers = new ArrayList<>();
                    headers.add(msg("reporting.results.figure", locale));
                    years.years().forEach(y -> headers.add(String.valueOf(y)));
                    headers.add(msg("reporting.results.wholePeriodShort", locale));
                    headers.add(msg("reporting.results.measure", locale));
                    XWPFTable t = table(doc, headers.toArray(String[]::new));
                    for (YearsView.Row r : s.rows()) {
                        List<String> cells = new ArrayList<>();
                        cells.add(r.label());
                        cells.addAll(r.cells());
                        cells.add(r.total());
                        cells.add(msg(r.measureKey(), locale));
                        row(t, cells.toArray(String[]::new));
                    }
                }
            }
            paragraph(doc, msg("reporting.results.usageNote", locale));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

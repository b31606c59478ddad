package org.bashke.monitoring.report;

import static org.bashke.shared.document.WordParts.heading;
import static org.bashke.shared.document.WordParts.paragraph;
import static org.bashke.shared.document.WordParts.row;
import static org.bashke.shared.document.WordParts.table;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Evidence;
import org.bashke.monitoring.tracker.ObligationDetails;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The annual report as PDF (from an XHTML template, font embedded from the classpath so ë, ç and Cyrillic
 * read the same everywhere) and as DOCX (for the secretariat to edit before the Council approves it).
 */
@Component("monitoringAnnualReportFiles")
public class AnnualReportFiles {

    static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ITemplateEngine templates;
    private final MessageSource messages;

    AnnualReportFiles(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public byte[] pdf(AnnualReport.Report report, Locale locale) {
        long max = Math.max(1, report.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(1));
        String html = templates.process("monitoring/report-pdf", new Context(locale, Map.of("report", report, "barMax", max)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> AnnualReportFiles.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] docx(AnnualReport.Report report, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, msg("monitoring.report.title", locale, report.strategy().getTitle().display(locale), report.year()), 16);
            AnnualReport.Edition edition = report.edition();
            if (edition != null) {
                paragraph(doc, msg("monitoring.report.versionLine", locale, edition.version()));
                paragraph(doc, edition.approved() ? msg("monitoring.report.approvalLine", locale, DATE.format(edition.approvedOn()),
                        edition.approvalReference()) : msg("monitoring.report.draftLine", locale));
                if (edition.hasIntroduction()) {
                    heading(doc, msg("monitoring.report.introduction", locale), 13);
                    for (String para : edition.introduction().display(locale).split("\n")) {
                        paragraph(doc, para.strip());
                    }
                }
            }
            heading(doc, msg("monitoring.report.summary", locale), 13);
            paragraph(doc, msg("monitoring.report.summaryText", locale, report.total(), report.byStatus().get(ObligationStatus.COMPLETED),
                    report.disagreements()));
            // the status chart as a text bar per status, as in the PDF: it reads the same in any word processor
            long max = Math.max(1, report.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(1));
            XWPFTable summary = table(doc, msg("monitoring.col.status", locale), msg("monitoring.report.count", locale),
                    msg("monitoring.report.chart", locale));
            report.byStatus().forEach((s, n) -> row(summary, msg(s.labelKey(), locale), String.valueOf(n), "█".repeat((int) (n * 40 / max))));
            for (AnnualReport.ObjectiveSection o : report.objectives()) {
                heading(doc, msg("monitoring.report.objective", locale, o.objective().getCode(), o.objective().getTitle().display(locale)), 14);
                for (AnnualReport.MeasureSection m : o.measures()) {
                    heading(doc, msg("monitoring.report.measure", locale, m.measure().getCode(), m.measure().getTitle().display(locale)), 12);
                    if (m.activities().isEmpty()) {
                        paragraph(doc, msg("monitoring.admin.noActivities", locale));
                        continue;
                    }
                    XWPFTable activities = table(doc, msg("monitoring.col.code", locale), msg("monitoring.col.obligation", locale),
                            msg("monitoring.col.institution", locale), msg("monitoring.col.deadline", locale),
                            msg("monitoring.col.status", locale), msg("monitoring.col.percent", locale));
                    for (AnnualReport.Activity a : m.activities()) {
                        row(activities, a.obligation().getCode(), a.obligation().getTitle().display(locale), nz(a.institution()),
                                a.obligation().getDeadline() == null ? "" : DATE.format(a.obligation().getDeadline()),
                                msg(a.status().labelKey(), locale), msg("monitoring.percent", locale, a.percent()));
                    }
                    List<AnnualReport.Activity> withIndicators = m.activities().stream().filter(a -> !a.indicators().isEmpty()).toList();
                    if (!withIndicators.isEmpty()) {
                        paragraph(doc, msg("monitoring.indicators", locale));
                        XWPFTable ind = table(doc, msg("monitoring.col.code", locale), msg("monitoring.indicator.name", locale),
                                msg("monitoring.indicator.baseline", locale), msg("monitoring.indicator.target", locale),
                                msg("monitoring.indicator.actual", locale), msg("monitoring.indicator.share", locale));
                        for (AnnualReport.Activity a : withIndicators) {
                            for (ObligationDetails.IndicatorView iv : a.indicators()) {
                                row(ind, a.obligation().getCode(), iv.indicator().getName().display(locale),
                                        msg("monitoring.valueInYear", locale, iv.indicator().getBaseline().toPlainString(), String.valueOf(iv.indicator().getBaselineYear())),
                                        msg("monitoring.valueInYear", locale, iv.indicator().getTarget().toPlainString(), String.valueOf(iv.indicator().getTargetYear())),
                                        iv.latest() == null ? "" : iv.latest().toPlainString(),
                                        iv.share() == null ? "" : msg("monitoring.percent", locale, iv.share()));
                            }
                        }
                    }
                    paragraph(doc, msg("monitoring.timeline.caption", locale));
                    XWPFTable side = table(doc, msg("monitoring.col.code", locale), msg("monitoring.col.government", locale),
                            msg("monitoring.col.csoAssessment", locale));
                    for (AnnualReport.Activity a : m.activities()) {
                        ObligationDetails.Entry e = a.latest();
                        row(side, a.obligation().getCode(), e == null ? msg("monitoring.timeline.empty", locale) : government(e, locale),
                                e == null || e.assessment() == null ? msg("monitoring.assessment.none", locale) : cso(e, locale));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String government(ObligationDetails.Entry e, Locale locale) {
        return msg(e.update().getStatus().labelKey(), locale) + " · " + msg("monitoring.percent", locale, e.update().getPercent()) + " — "
                + e.update().getNarrative().display(locale) + evidence(e.evidence(), locale);
    }

    String cso(ObligationDetails.Entry e, Locale locale) {
        return msg(e.assessment().getVerdict().labelKey(), locale) + " — " + e.assessment().getNarrative().display(locale)
                + evidence(e.assessmentEvidence(), locale);
    }

    private String evidence(List<Evidence> list, Locale locale) {
        if (list.isEmpty()) {
            return "";
        }
        return " (" + msg("monitoring.evidence", locale) + ": "
                + String.join(", ", list.stream().map(Evidence::getLabel).toList()) + ")";
    }

    private String msg(String key, Locale locale, Object... args) {
        String text = messages.getMessage(key, args, locale);
        return org.bashke.shared.text.Language.of(locale) == org.bashke.shared.text.Language.SR
                ? org.bashke.shared.text.SerbianScript.forDisplay(text, locale) : text;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}

package org.bashke.consultation.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The final report as a PDF in the reader's language, from the same data as the report page. The font is
 * embedded from the classpath (DejaVu Sans: Albanian ë/ç and Serbian Cyrillic), so the PDF reads the same
 * on every machine.
 */
@Component
public class ReportPdf {

    static final String FONT = "/fonts/DejaVuSans.ttf";

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(ConsultationView report, Locale locale) {
        return render("consultation/report-pdf", Map.of("report", report, "print", true), locale);
    }

    /** Any of this module's print templates (XHTML, styles inline in the head) as a PDF. */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process(template, new Context(locale, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

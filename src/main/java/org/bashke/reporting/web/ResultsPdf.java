package org.bashke.reporting.web;

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
 * The results dashboard as a PDF in the reader's language: the same figures in tables, with bars drawn as
 * boxes. The font is embedded from the classpath (DejaVu Sans covers Albanian and Serbian).
 */
@Component
class ResultsPdf {

    static final String FONT = "/fonts/DejaVuSans.ttf";

    private final ITemplateEngine templates;

    ResultsPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Map<String, Object> model, Locale locale) {
        String html = templates.process("reporting/results-pdf", new Context(locale, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> ResultsPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

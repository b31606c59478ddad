package org.bashke.fund.report;

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
 * The fund's annual summary as a PDF in one of the three languages, from the same report as the page. The font
 * (DejaVu Sans) is embedded from the classpath, so ë, ç, č, ć, š, ž and đ read the same on every machine.
 */
@Component
public class FundPdf {

    static final String FONT = "/fonts/DejaVuSans.ttf";

    private final ITemplateEngine templates;

    FundPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] annualReport(FundReport report, Locale locale) {
        String html = templates.process("support/report-pdf", new Context(locale, Map.of("report", report)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> FundPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

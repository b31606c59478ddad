package org.bashke.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.reporting.results.ResultsDashboard;
import org.bashke.shared.reporting.ResultFigure;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletResponse;

/** The public results dashboard (R1 to R4 from live data) and its CSV export. */
@Controller
class ResultsController {

    static final List<String> CSV_COLUMNS = List.of("year", "result", "key", "label", "value", "out_of", "percent", "unit", "url");

    private final ResultsDashboard dashboard;
    private final MessageSource messages;
    private final ResultsPdf pdf;

    ResultsController(ResultsDashboard dashboard, MessageSource messages, ResultsPdf pdf) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping("/results.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "year", required = false) String year, Locale locale) {
        int shown = ResultsDashboard.year(year);
        byte[] body = pdf.render(Map.of("year", shown, "view", ResultsView.of(dashboard.figures(shown), messages, locale)), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + shown + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/results")
    String results(@RequestParam(name = "year", required = false) String year, Locale locale, Model model,
            HttpServletResponse response) {
        int shown = ResultsDashboard.year(year);
        model.addAttribute("year", shown);
        model.addAttribute("years", ResultsDashboard.years());
        model.addAttribute("view", ResultsView.of(dashboard.figures(shown), messages, locale));
        if (anonymous()) {
            // the page carries nothing personal for an anonymous reader: a browser may keep it for a minute
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate().getHeaderValue());
        }
        return "reporting/results";
    }

    @GetMapping("/results.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "year", required = false) String year, Locale locale, WebRequest request) {
        int shown = ResultsDashboard.year(year);
        byte[] body = csv(shown, dashboard.figures(shown), locale);
        String etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .eTag(etag)
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + shown + ".csv").build().toString())
                .body(body);
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "year", required = false) String year, Locale locale) {
        int shown = ResultsDashboard.year(year);
        byte[] body = xlsx(shown, dashboard.figures(shown), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + shown + ".xlsx").build().toString())
                .body(body);
    }

    private byte[] xlsx(int year, Map<ResultFigure.Result, List<ResultFigure>> figures, Locale locale) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("R1-R4 " + year);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < CSV_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CSV_COLUMNS.get(c));
            }
            int r = 1;
            for (List<ResultFigure> list : figures.values()) {
                for (ResultFigure f : list) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(year);
                    row.createCell(1).setCellValue(f.result().name());
                    row.createCell(2).setCellValue(f.key());
                    row.createCell(3).setCellValue(messages.getMessage(f.labelKey(), null, f.key(), locale));
                    row.createCell(4).setCellValue(f.value().doubleValue());
                    if (f.outOf() != null) {
                        row.createCell(5).setCellValue(f.outOf().doubleValue());
                    }
                    if (f.percent() != null) {
                        row.createCell(6).setCellValue(f.percent());
                    }
                    row.createCell(7).setCellValue(f.unit().name());
                    row.createCell(8).setCellValue(f.url() == null ? "" : f.url());
                }
            }
            sheet.autoSizeColumn(3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] csv(int year, Map<ResultFigure.Result, List<ResultFigure>> figures, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (List<ResultFigure> list : figures.values()) {
                for (ResultFigure f : list) {
                    csv.printRecord(year, f.result(), f.key(), messages.getMessage(f.labelKey(), null, f.key(), locale),
                            f.value().toPlainString(), f.outOf() == null ? "" : f.outOf().toPlainString(),
                            f.percent() == null ? "" : f.percent(), f.unit(), f.url() == null ? "" : f.url());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }
}

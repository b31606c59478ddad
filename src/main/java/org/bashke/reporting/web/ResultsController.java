package org.bashke.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.reporting.results.ResultsDashboard;
import org.bashke.reporting.results.YearByYear;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultPeriod;
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

/**
 * The public results dashboard (R1 to R4 from live data) for one year or the whole project period
 * ({@code ?year=all}), and its exports: CSV, XLSX, PDF and DOCX.
 */
@Controller
class ResultsController {

    /** For the whole project period the export has a row per figure and year, then one per figure for the period ("2024-2026"). */
    static final List<String> CSV_COLUMNS = List.of("year", "result", "key", "label", "value", "out_of", "percent", "unit", "url", "measure");

    private static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResultsDashboard dashboard;
    private final MessageSource messages;
    private final ResultsPdf pdf;
    private final ResultsDocx docx;

    ResultsController(ResultsDashboard dashboard, MessageSource messages, ResultsPdf pdf, ResultsDocx docx) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping("/results")
    String results(@RequestParam(name = "year", required = false) String year, Locale locale, Model model,
            HttpServletResponse response) {
        ResultPeriod period = dashboard.period(year);
        model.addAllAttributes(model(period, locale));
        model.addAttribute("years", dashboard.years());
        model.addAttribute("wholePeriod", dashboard.wholePeriod());
        if (anonymous()) {
            // the page carries nothing personal for an anonymous reader: a browser may keep it for a minute
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate().getHeaderValue());
        }
        return "reporting/results";
    }

    @GetMapping("/results.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "year", required = false) String year, Locale locale) {
        ResultPeriod period = dashboard.period(year);
        return download(pdf.render(model(period, locale), locale), MediaType.APPLICATION_PDF, period, "pdf");
    }

    @GetMapping("/results.docx")
    ResponseEntity<byte[]> docx(@RequestParam(name = "year", required = false) String year, Locale locale) {
        ResultPeriod period = dashboard.period(year);
        Map<String, Object> model = model(period, locale);
        String title = period.singleYear()
                ? messages.getMessage("reporting.results.title", new Object[] {"" + period.from()}, locale)
                : messages.getMessage("reporting.results.titlePeriod", new Object[] {"" + period.from(), "" + period.to()}, locale);
        byte[] body = docx.render(title, (ResultsView) model.get("view"), (YearsView) model.get("yearsView"), locale);
        return download(body, DOCX, period, "docx");
    }

    @GetMapping("/results.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "year", required = false) String year, Locale locale, WebRequest request) {
        ResultPeriod period = dashboard.period(year);
        byte[] body = csv(rows(period), locale);
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
                        .filename("results-" + period.label() + ".csv").build().toString())
                .body(body);
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "year", required = false) String year, Locale locale) {
        ResultPeriod period = dashboard.period(year);
        return download(xlsx(period, rows(period), locale), XLSX, period, "xlsx");
    }

    /** What the page, the PDF and the DOCX draw: the period, its figures and, for several years, the year-by-year tables. */
    private Map<String, Object> model(ResultPeriod period, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("period", period);
        model.put("choice", period.singleYear() ? String.valueOf(period.from()) : ResultsDashboard.WHOLE_PERIOD);
        model.put("year", period.label());
        if (period.singleYear()) {
            model.put("view", ResultsView.of(dashboard.figures(period), messages, locale));
        } else {
            YearByYear table = dashboard.yearByYear(period);
            Map<ResultFigure.Result, List<ResultFigure>> totals = new java.util.EnumMap<>(ResultFigure.Result.class);
            table.lines().forEach((r, lines) -> totals.put(r, lines.stream().map(YearByYear.Line::total).toList()));
            model.put("view", ResultsView.of(totals, messages, locale));
            model.put("yearsView", YearsView.of(table, messages, locale));
        }
        return model;
    }

    /** A row of an export: the figure and the period it is for ("2025", or "2024-2026" for the whole period). */
    private record ExportRow(String period, ResultFigure figure) {
    }

    private List<ExportRow> rows(ResultPeriod period) {
        List<ExportRow> rows = new ArrayList<>();
        if (period.singleYear()) {
            dashboard.figures(period).values().forEach(list -> list.forEach(f -> rows.add(new ExportRow(period.label(), f))));
            return rows;
        }
        YearByYear table = dashboard.yearByYear(period);
        for (int i = 0; i < table.years().size(); i++) {
            int index = i;
            String y = String.valueOf(table.years().get(i));
            table.lines().values().forEach(lines -> lines.stream().map(l -> l.byYear().get(index))
                    .filter(java.util.Objects::nonNull).forEach(f -> rows.add(new ExportRow(y, f))));
        }
        table.lines().values().forEach(lines -> lines.forEach(l -> rows.add(new ExportRow(period.label(), l.total()))));
        return rows;
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, ResultPeriod period, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + period.label() + "." + extension).build().toString())
                .body(body);
    }

    private byte[] xlsx(ResultPeriod period, List<ExportRow> rows, Locale locale) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("R1-R4 " + period.label());
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < CSV_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CSV_COLUMNS.get(c));
            }
            int r = 1;
            for (ExportRow e : rows) {
                ResultFigure f = e.figure();
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                if (e.period().matches("\\d{4}")) {
                    row.createCell(0).setCellValue(Integer.parseInt(e.period()));
                } else {
                    row.createCell(0).setCellValue(e.period());
                }
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
                row.createCell(9).setCellValue(f.measure().name());
            }
            sheet.autoSizeColumn(3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] csv(List<ExportRow> rows, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (ExportRow e : rows) {
                ResultFigure f = e.figure();
                csv.printRecord(e.period(), f.result(), f.key(), messages.getMessage(f.labelKey(), null, f.key(), locale),
                        f.value().toPlainString(), f.outOf() == null ? "" : f.outOf().toPlainString(),
                        f.percent() == null ? "" : f.percent(), f.unit(), f.url() == null ? "" : f.url(), f.measure());
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

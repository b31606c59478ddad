package org.bashke.fund.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.report.FundPdf;
import org.bashke.fund.report.FundReport;
import org.bashke.fund.report.FundReports;
import org.bashke.fund.report.ReportExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fund's public reports: committed and spent by year, body, region, budget line and month, with charts, as
 * CSV and XLSX, and the annual summary as a PDF in Albanian, Serbian or English. Organisations only, no people.
 */
@Controller
class FundReportController {

    static final Set<String> LANGUAGES = Set.of("sq", "sr", "en");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FundReports reports;
    private final ReportExports exports;
    private final FundPdf pdf;

    FundReportController(FundReports reports, ReportExports exports, FundPdf pdf) {
        this.reports = reports;
        this.exports = exports;
        this.pdf = pdf;
    }

    @GetMapping("/support/reports")
    String reports(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year(year);
        model.addAttribute("report", reports.report(shown, locale));
        model.addAttribute("years", years(reports, shown));
        return "support/reports";
    }

    @GetMapping("/support/reports.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        int shown = year(year);
        return file(exports.reportCsv(shown, locale), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "participation-fund-report-" + shown + ".csv", false);
    }

    @GetMapping("/support/reports.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        int shown = year(year);
        return file(exports.reportXlsx(shown, locale), XLSX, "participation-fund-report-" + shown + ".xlsx", false);
    }

    /** {@code language}: sq, sr or en; anything else is the reader's own language. */
    @GetMapping("/support/reports/annual.pdf")
    ResponseEntity<byte[]> annualPdf(@RequestParam(name = "year", required = false) Integer year,
                                     @RequestParam(name = "language", required = false) String language, Locale locale) {
        int shown = year(year);
        Locale in = language != null && LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : locale;
        FundReport report = reports.report(shown, in);
        return file(pdf.annualReport(report, in), MediaType.APPLICATION_PDF,
                "participation-fund-" + shown + "-" + in.getLanguage() + ".pdf", true);
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(name).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    static int year(Integer year) {
        int now = LocalDate.now(StartClaim.KOSOVO).getYear();
        return year == null ? now : Math.max(2000, Math.min(9999, year));
    }

    static List<Integer> years(FundReports reports, int shown) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(reports.years());
        years.add(shown);
        years.add(LocalDate.now(StartClaim.KOSOVO).getYear());
        return List.copyOf(years);
    }
}

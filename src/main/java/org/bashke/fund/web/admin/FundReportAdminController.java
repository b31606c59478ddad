package org.bashke.fund.web.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.report.ClaimFilter;
import org.bashke.fund.report.FundReports;
import org.bashke.fund.report.ReportExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's reports: the public figures, and every claim of a year as CSV or XLSX with filters. */
@Controller
class FundReportAdminController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FundReports reports;
    private final ReportExports exports;
    private final Council council;
    private final Directory directory;
    private final BudgetLines budgetLines;

    FundReportAdminController(FundReports reports, ReportExports exports, Council council, Directory directory, BudgetLines budgetLines) {
        this.reports = reports;
        this.exports = exports;
        this.council = council;
        this.directory = directory;
        this.budgetLines = budgetLines;
    }

    record Option(Object id, String name) {
    }

    /** The filters as typed: a value that is not one of the choices is reported, not guessed. */
    record Filters(String year, String status, String bodyId, String budgetLineId, String region) {
    }

    @GetMapping("/admin/support/reports")
    String page(Filters in, Locale locale, Model model) {
        ClaimFilter filter = parse(in);
        int year = filter == null ? year(in.year()) : filter.year();
        model.addAttribute("badFilter", filter == null);
        model.addAttribute("filter", filter == null ? new ClaimFilter(year, null, null, null, null) : filter);
        model.addAttribute("report", reports.report(year, locale));
        model.addAttribute("statuses", Arrays.stream(ClaimStatus.values()).filter(s -> s != ClaimStatus.DRAFT).map(Enum::name).toList());
        model.addAttribute("bodies", council.bodies().stream().map(b -> new Option(b.id(), b.name().display(locale)))
                .sorted(Comparator.comparing(Option::name)).toList());
        model.addAttribute("lines", budgetLines.findByYearOrderByName(year).stream().map(l -> new Option(l.getId(), l.getName())).toList());
        model.addAttribute("regions", directory.regions().stream().map(r -> new Option(r.code(), r.name().display(locale))).toList());
        return "support/admin/reports";
    }

    @GetMapping("/admin/support/reports/claims.csv")
    ResponseEntity<byte[]> claimsCsv(Filters in, Locale locale) {
        ClaimFilter filter = parse(in);
        if (filter == null) {
            return backToForm(in);
        }
        return file(exports.claimsCsv(filter, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "participation-fund-claims-" + filter.year() + ".csv");
    }

    @GetMapping("/admin/support/reports/claims.xlsx")
    ResponseEntity<byte[]> claimsXlsx(Filters in, Locale locale) {
        ClaimFilter filter = parse(in);
        if (filter == null) {
            return backToForm(in);
        }
        return file(exports.claimsXlsx(filter, locale), XLSX, "participation-fund-claims-" + filter.year() + ".xlsx");
    }

    /** The filter, or null when a value is not one the form offers. */
    ClaimFilter parse(Filters in) {
        try {
            ClaimStatus status = blank(in.status()) ? null : ClaimStatus.valueOf(in.status().strip());
            Long body = blank(in.bodyId()) ? null : Long.valueOf(in.bodyId().strip());
            Long line = blank(in.budgetLineId()) ? null : Long.valueOf(in.budgetLineId().strip());
            String region = blank(in.region()) ? null : in.region().strip();
            if (region != null && directory.regions().stream().noneMatch(r -> r.code().equals(region))) {
                return null;
            }
            if (!blank(in.year()) && !in.year().strip().matches("\\d{4}")) {
                return null;
            }
            return new ClaimFilter(year(in.year()), status, body, line, region);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<byte[]> backToForm(Filters in) {
        String query = "?year=" + year(in.year()) + "&status=" + encode(in.status()) + "&bodyId=" + encode(in.bodyId())
                + "&budgetLineId=" + encode(in.budgetLineId()) + "&region=" + encode(in.region());
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/admin/support/reports" + query).build();
    }

    private static String encode(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The year asked for, or this year when none (or none readable) was given. */
    static int year(String year) {
        int now = LocalDate.now(StartClaim.KOSOVO).getYear();
        if (blank(year)) {
            return now;
        }
        try {
            return Math.max(2000, Math.min(9999, Integer.parseInt(year.strip())));
        } catch (NumberFormatException e) {
            return now;
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }
}

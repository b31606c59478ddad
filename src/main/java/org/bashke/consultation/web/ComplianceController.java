package org.bashke.consultation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.consultation.ComplianceCounts;
import org.bashke.consultation.Consultations;
import org.bashke.consultation.draft.ManageConsultations;
import org.bashke.consultation.report.AnnualReports;
import org.bashke.consultation.report.ReportPdf;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance with the minimum standards per institution and year: a table and its CSV. */
@Controller
@RequestMapping("/consultations")
class ComplianceController {

    static final List<String> COLUMNS = List.of("institution", "planned", "held", "meetingMinimumPeriod", "withPublishedReport",
            "comments", "answered", "accepted", "partlyAccepted", "rejected");

    private final Consultations consultations;
    private final Directory directory;
    private final MessageSource messages;
    private final AnnualReports annualReports;
    private final ReportPdf pdf;

    ComplianceController(Consultations consultations, Directory directory, MessageSource messages,
                         AnnualReports annualReports, ReportPdf pdf) {
        this.annualReports = annualReports;
        this.pdf = pdf;
        this.consultations = consultations;
        this.directory = directory;
        this.messages = messages;
    }

    /** One row: the institution's name in the reader's language and its figures. */
    record Row(String institution, ComplianceCounts counts) {
    }

    @GetMapping("/compliance")
    String table(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows(shown, locale));
        return "consultation/compliance";
    }

    /** The year in the Office for Good Governance's shape: figures, shares, institutions, drafts adopted without consultation. */
    @GetMapping("/annual-report")
    String annualReport(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        model.addAttribute("report", annualReports.report(year(year), locale));
        return "consultation/annual-report";
    }

    @GetMapping("/annual-report.pdf")
    ResponseEntity<byte[]> annualReportPdf(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        int shown = year(year);
        byte[] body = pdf.render("consultation/annual-report-pdf", Map.of("report", annualReports.report(shown, locale)), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("consultation-annual-report-" + shown + "-" + locale.getLanguage() + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/compliance.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        int shown = year(year);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(COLUMNS.stream().map(c -> messages.getMessage("consultation.compliance." + c, null, locale)).toList());
            for (Row r : rows(shown, locale)) {
                ComplianceCounts c = r.counts();
                csv.printRecord(r.institution(), c.planned(), c.held(), c.meetingMinimumPeriod(), c.withPublishedReport(),
                        c.comments(), c.answered(), c.accepted(), c.partlyAccepted(), c.rejected());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("consultation-compliance-" + shown + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Row> rows(int year, Locale locale) {
        List<ComplianceCounts> counts = consultations.compliance(year);
        Map<Long, String> names = directory.organisations(counts.stream().map(ComplianceCounts::institutionId).toList()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale)));
        return counts.stream().map(c -> new Row(names.getOrDefault(c.institutionId(), String.valueOf(c.institutionId())), c))
                .sorted(Comparator.comparing(Row::institution)).toList();
    }

    private static int year(Integer year) {
        return year == null ? Year.now(ManageConsultations.KOSOVO).getValue() : Math.max(2000, Math.min(2100, year));
    }
}

package org.bashke.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.report.AnnualReport;
import org.bashke.monitoring.report.AnnualReportFiles;
import org.bashke.monitoring.report.Charts;
import org.bashke.monitoring.report.Scorecards;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Scorecards and the annual implementation report (PDF, DOCX) — public like the obligations they count. */
@Controller("monitoringReportController")
class ReportController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Scorecards scorecards;
    private final Charts charts;
    private final AnnualReport reports;
    private final AnnualReportFiles files;
    private final StrategyRepository strategies;
    private final org.bashke.monitoring.report.ReportEditions editions;
    private final org.bashke.files.FileStore store;

    ReportController(Scorecards scorecards, Charts charts, AnnualReport reports, AnnualReportFiles files, StrategyRepository strategies,
                     org.bashke.monitoring.report.ReportEditions editions, org.bashke.files.FileStore store) {
        this.editions = editions;
        this.store = store;
        this.scorecards = scorecards;
        this.charts = charts;
        this.reports = reports;
        this.files = files;
        this.strategies = strategies;
    }

    @GetMapping("/monitoring/scorecards")
    String scorecards(@RequestParam(name = "strategy", required = false) Long strategy, Locale locale, Model model) {
        Scorecards.Cards cards = scorecards.cards(strategy, locale);
        model.addAttribute("cards", cards);
        model.addAttribute("strategy", strategy);
        model.addAttribute("strategies", strategies.findAllByOrderByStartsYearDesc());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("chart", charts.statusBars(cards.overall(), locale, "monitoring.scorecards.chartTitle", "status-table"));
        return "monitoring/scorecards";
    }

    @GetMapping("/monitoring/strategies/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year, Locale locale) {
        AnnualReport.Report report = report(id, year, locale);
        return file(files.pdf(report, locale), MediaType.APPLICATION_PDF, report, locale, "pdf");
    }

    @GetMapping("/monitoring/strategies/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year, Locale locale) {
        AnnualReport.Report report = report(id, year, locale);
        return file(files.docx(report, locale), DOCX, report, locale, "docx");
    }

    /** The published versions of the annual reports, each in three languages as PDF and DOCX. */
    @GetMapping("/monitoring/reports")
    String published(Model model) {
        model.addAttribute("views", editions.views(true));
        model.addAttribute("languages", org.bashke.monitoring.report.ReportEditions.LANGUAGES);
        model.addAttribute("formats", org.bashke.monitoring.report.ReportEditions.FORMATS);
        return "monitoring/reports";
    }

    /** A published version's file; a draft's files are the secretariat's only. */
    @GetMapping("/monitoring/reports/{id}/{language:sq|sr|en}.{format:pdf|docx}")
    ResponseEntity<org.springframework.core.io.Resource> publishedFile(@PathVariable("id") long id, @PathVariable("language") String language,
                                                                      @PathVariable("format") String format) {
        var view = editions.view(id);
        var f = view.file(language, format);
        if (!view.version().isPublished() || f == null || !f.isReady()) {
            throw new org.bashke.shared.NotFoundException("report file", id + "/" + language + "." + format);
        }
        return store.download(f.getFileId(), false);
    }

    private AnnualReport.Report report(long id, Integer year, Locale locale) {
        int y = year == null || year < 2000 || year > 2100 ? reports.defaultYear(reports.strategy(id)) : year;
        return reports.build(id, y, locale);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, AnnualReport.Report report, Locale locale, String ext) {
        String name = report.strategy().getCode() + "-" + report.year() + "-" + locale.toLanguageTag() + "." + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}

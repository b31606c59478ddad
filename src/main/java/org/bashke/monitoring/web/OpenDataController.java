package org.bashke.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ProgressUpdateRepository;
import org.bashke.monitoring.tracker.Tracker;
import org.bashke.shared.text.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: every obligation as CSV and JSON (with its updates and assessments), and an Atom feed of updates. */
@RestController("monitoringOpenDataController")
class OpenDataController {

    private final Tracker tracker;
    private final ObligationRepository obligations;
    private final ProgressUpdateRepository updates;
    private final String baseUrl;
    private final org.springframework.context.MessageSource messages;
    private final org.bashke.monitoring.tracker.OpenData openData;
    private final org.bashke.monitoring.tracker.OpenDataSets dataSets;

    OpenDataController(Tracker tracker, ObligationRepository obligations, ProgressUpdateRepository updates,
                       @Value("${bashke.base-url}") String baseUrl, org.springframework.context.MessageSource messages,
                       org.bashke.monitoring.tracker.OpenData openData, org.bashke.monitoring.tracker.OpenDataSets dataSets) {
        this.dataSets = dataSets;
        this.openData = openData;
        this.messages = messages;
        this.tracker = tracker;
        this.obligations = obligations;
        this.updates = updates;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/monitoring/obligations.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv() {
        List<Tracker.Row> rows = tracker.all(Tracker.Filter.none(), Locale.forLanguageTag("sq"));
        Map<Long, Obligation> byId = new LinkedHashMap<>();
        obligations.findAllById(rows.stream().map(Tracker.Row::id).toList()).forEach(o -> byId.put(o.getId(), o));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "source_module", "source_type", "source_id",
                "code", "strategy_id", "objective_id", "measure_id", "title_sq", "title_sr", "title_en", "institution_id", "institution",
                "deadline", "original_deadline", "status", "percent", "overdue_working_days", "budget_eur", "budget_source",
                "latest_cso_verdict", "url").get())) {
            for (Tracker.Row r : rows) {
                Obligation o = byId.get(r.id());
                csv.printRecord(o.getId(), o.getSourceModule(), o.getSourceType(), o.getSourceId(), o.getCode(), o.getStrategyId(),
                        o.getObjectiveId(), o.getMeasureId(), o.getTitle().get(Language.SQ), o.getTitle().get(Language.SR),
                        o.getTitle().get(Language.EN), o.getInstitutionId(), r.institution(), o.getDeadline(), o.getOriginalDeadline(),
                        o.getStatus(), o.getPercent(), r.overdueDays(), o.getBudgetEur() == null ? null : o.getBudgetEur().toPlainString(),
                        o.getBudgetSource(), r.latestVerdict(), baseUrl + "/monitoring/obligations/" + o.getId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(out.toString());
    }

    @GetMapping(value = "/monitoring/obligations.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> json() {
        return openData.everything(baseUrl);
    }

    /** The flat datasets (plan tree, updates with assessments, work plan moves) as JSON. */
    @GetMapping(value = "/monitoring/open-data/{dataset:plan|updates|work-plans}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> datasetJson(@org.springframework.web.bind.annotation.PathVariable("dataset") String dataset) {
        return dataSets.rows(dataset).orElseThrow(() -> new org.bashke.shared.NotFoundException("dataset", dataset));
    }

    /** The same datasets as CSV, with a byte order mark so spreadsheet programs read ë, ç and č as UTF-8. */
    @GetMapping(value = "/monitoring/open-data/{dataset:plan|updates|work-plans}.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> datasetCsv(@org.springframework.web.bind.annotation.PathVariable("dataset") String dataset) {
        List<Map<String, Object>> rows = dataSets.rows(dataset).orElseThrow(() -> new org.bashke.shared.NotFoundException("dataset", dataset));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try {
            if (!rows.isEmpty()) {
                try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(rows.get(0).keySet().toArray(String[]::new)).get())) {
                    for (Map<String, Object> row : rows) {
                        csv.printRecord(row.values());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"monitoring-" + dataset + ".csv\"")
                .body(out.toString());
    }

    /** The OpenAPI document of monitoring's open data (obligations, updates, plan, work plans, the feed). */
    @GetMapping(value = "/monitoring/open-data/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> openApi() throws IOException {
        try (var in = new org.springframework.core.io.ClassPathResource("monitoring/open-data-openapi.json").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The latest 50 updates, optionally of one institution or one objective. */
    @GetMapping(value = "/monitoring/updates.atom", produces = "application/atom+xml;charset=UTF-8")
    String atom(@RequestParam(name = "institution", required = false) Long institution,
                @RequestParam(name = "objective", required = false) Long objective, Locale locale) {
        List<ProgressUpdate> latest = updates.findTop50ByOrderByCreatedAtDesc();
        Map<Long, Obligation> byId = new LinkedHashMap<>();
        obligations.findAllById(latest.stream().map(ProgressUpdate::getObligationId).distinct().toList()).forEach(o -> byId.put(o.getId(), o));
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
        xml.append("<id>").append(esc(baseUrl)).append("/monitoring/updates.atom</id><title>").append(esc(messages.getMessage("monitoring.feed.title", null, locale))).append("</title>");
        xml.append("<link rel=\"self\" href=\"").append(esc(baseUrl)).append("/monitoring/updates.atom\"/>");
        xml.append("<updated>").append(latest.isEmpty() ? iso.format(java.time.Instant.EPOCH) : iso.format(latest.get(0).getCreatedAt()))
                .append("</updated>");
        for (ProgressUpdate u : latest) {
            Obligation o = byId.get(u.getObligationId());
            if (o == null || (institution != null && !institution.equals(o.getInstitutionId()))
                    || (objective != null && !objective.equals(o.getObjectiveId()))) {
                continue;
            }
            String link = baseUrl + "/monitoring/obligations/" + o.getId() + "#update-" + u.getId();
            xml.append("<entry><id>").append(esc(link)).append("</id><title>")
                    .append(esc((o.getCode() == null ? "" : o.getCode() + " ") + o.getTitle().display(locale))).append("</title>")
                    .append("<updated>").append(iso.format(u.getEditedAt() != null ? u.getEditedAt() : u.getCreatedAt().atOffset(ZoneOffset.UTC).toInstant()))
                    .append("</updated><author><name>").append(esc(u.getAuthorName())).append("</name></author>")
                    .append("<link href=\"").append(esc(link)).append("\"/>")
                    .append("<summary>").append(esc(messages.getMessage("monitoring.feed.summary", new Object[] {
                            messages.getMessage(u.getStatus().labelKey(), null, locale), u.getPercent(), u.getNarrative().display(locale)}, locale)))
                    .append("</summary></entry>");
        }
        return xml.append("</feed>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

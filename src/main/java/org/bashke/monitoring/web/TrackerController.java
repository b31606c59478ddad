package org.bashke.monitoring.web;

import java.util.List;
import java.util.Locale;
import org.bashke.files.FileStore;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Evidence;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.tracker.ObligationDetails;
import org.bashke.monitoring.tracker.Tracker;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public tracker and each obligation's page with its timeline. */
@Controller("monitoringTrackerController")
class TrackerController {

    private final Tracker tracker;
    private final ObligationDetails details;
    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final FileStore files;
    private final org.bashke.monitoring.report.Charts charts;
    private final org.bashke.monitoring.plan.KeepWorkPlans workPlans;

    TrackerController(Tracker tracker, ObligationDetails details, StrategyRepository strategies, ObjectiveRepository objectives,
                      FileStore files, org.bashke.monitoring.report.Charts charts,
                      org.bashke.monitoring.plan.KeepWorkPlans workPlans) {
        this.charts = charts;
        this.workPlans = workPlans;
        this.tracker = tracker;
        this.details = details;
        this.strategies = strategies;
        this.objectives = objectives;
        this.files = files;
    }

    @GetMapping("/monitoring")
    String tracker(@RequestParam(name = "strategy", required = false) Long strategy,
                   @RequestParam(name = "objective", required = false) Long objective,
                   @RequestParam(name = "institution", required = false) Long institution,
                   @RequestParam(name = "status", required = false) ObligationStatus status,
                   @RequestParam(name = "source", required = false) String source,
                   @RequestParam(name = "year", required = false) Integer year,
                   @RequestParam(name = "overdue", required = false) Boolean overdue,
                   @RequestParam(name = "page", defaultValue = "1") int page, Locale locale, Model model) {
        String src = source == null || source.isBlank() ? null : source;
        Tracker.Filter filter = new Tracker.Filter(strategy, objective, institution, status, src, year, overdue);
        model.addAttribute("result", tracker.find(filter, page, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("strategies", strategies.findAllByOrderByStartsYearDesc());
        model.addAttribute("objectives", strategy == null ? List.of() : objectives.findByStrategyIdOrderByCode(strategy));
        model.addAttribute("institutionNames", tracker.institutionsWithObligations(locale));
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("sources", List.of("activity", "decision", "commitment"));
        model.addAttribute("query", UriComponentsBuilder.newInstance()
                .queryParamIfPresent("strategy", java.util.Optional.ofNullable(strategy))
                .queryParamIfPresent("objective", java.util.Optional.ofNullable(objective))
                .queryParamIfPresent("institution", java.util.Optional.ofNullable(institution))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("source", java.util.Optional.ofNullable(src))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .queryParamIfPresent("overdue", java.util.Optional.ofNullable(overdue))
                .build().encode().getQuery());
        return "monitoring/tracker";
    }

    @GetMapping("/monitoring/obligations/{id}")
    String obligation(@PathVariable("id") long id, Locale locale, Model model) {
        ObligationDetails.Detail d = details.detail(id, locale);
        model.addAttribute("d", d);
        java.util.Map<Long, String> trends = new java.util.LinkedHashMap<>();
        d.indicators().forEach(iv -> trends.put(iv.indicator().getId(),
                charts.indicatorTrend(iv.indicator(), iv.values(), locale, "indicator-" + iv.indicator().getId())));
        model.addAttribute("trends", trends);
        model.addAttribute("workPlanMoves", workPlans.history(id));
        return "monitoring/obligation";
    }

    /** Evidence is public like the updates it backs. */
    @GetMapping("/monitoring/evidence/{id}")
    ResponseEntity<Resource> evidence(@PathVariable("id") long id) {
        Evidence e = details.evidence(id).filter(x -> x.getFileId() != null)
                .orElseThrow(() -> new NotFoundException("evidence", id));
        return files.download(e.getFileId(), true);
    }
}

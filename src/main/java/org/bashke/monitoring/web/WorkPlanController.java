package org.bashke.monitoring.web;

import java.util.Locale;
import java.util.stream.IntStream;
import org.bashke.monitoring.plan.KeepWorkPlans;
import org.bashke.monitoring.report.AnnualReport;
import org.bashke.monitoring.tracker.Tracker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public view of a strategy's yearly work plans: the year's activities, and what moved in or out and why. */
@Controller("monitoringWorkPlanController")
class WorkPlanController {

    private final KeepWorkPlans workPlans;
    private final Tracker tracker;
    private final AnnualReport reports;

    WorkPlanController(KeepWorkPlans workPlans, Tracker tracker, AnnualReport reports) {
        this.workPlans = workPlans;
        this.tracker = tracker;
        this.reports = reports;
    }

    @GetMapping("/monitoring/strategies/{id}/work-plans")
    String current(@PathVariable("id") long id) {
        var s = reports.strategy(id);
        return "redirect:/monitoring/strategies/" + id + "/work-plans/" + Math.max(s.getStartsYear(), reports.defaultYear(s));
    }

    @GetMapping("/monitoring/strategies/{id}/work-plans/{year:\\d{4}}")
    String year(@PathVariable("id") long id, @PathVariable("year") int year, Locale locale, Model model) {
        KeepWorkPlans.Year y = workPlans.year(id, year);
        model.addAttribute("plan", y);
        model.addAttribute("rows", tracker.rows(y.activities(), locale));
        model.addAttribute("movedActivities", workPlans.activities(y.moves()));
        model.addAttribute("years", IntStream.rangeClosed(y.strategy().getStartsYear(), y.strategy().getEndsYear()).boxed().toList());
        return "monitoring/work-plan";
    }
}

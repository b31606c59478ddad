package org.bashke.monitoring.web.admin;

import java.util.Locale;
import java.util.stream.IntStream;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.plan.KeepWorkPlans;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.tracker.Tracker;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat picks each year's activities and moves them between years, giving a reason. */
@Controller("monitoringWorkPlanAdminController")
@RequestMapping("/monitoring/admin/strategies/{id}/work-plans")
class WorkPlanAdminController {

    private final KeepWorkPlans workPlans;
    private final StrategyRepository strategies;
    private final ObligationRepository obligations;
    private final Tracker tracker;

    WorkPlanAdminController(KeepWorkPlans workPlans, StrategyRepository strategies, ObligationRepository obligations, Tracker tracker) {
        this.workPlans = workPlans;
        this.strategies = strategies;
        this.obligations = obligations;
        this.tracker = tracker;
    }

    @GetMapping
    String page(@PathVariable("id") long id, Locale locale, Model model) {
        Strategy s = strategies.findById(id).orElseThrow(() -> new NotFoundException("strategy", id));
        model.addAttribute("strategy", s);
        model.addAttribute("years", IntStream.rangeClosed(s.getStartsYear(), s.getEndsYear()).boxed().toList());
        model.addAttribute("rows", tracker.rows(obligations.findByStrategyIdOrderByCode(id), locale));
        model.addAttribute("planned", workPlans.yearsOf(id));
        return "monitoring/admin/work-plans";
    }

    /** {@code year} blank takes the activity out of the plans. */
    @PostMapping
    String place(@PathVariable("id") long id, @RequestParam(name = "obligationId", required = false) Long obligationId,
                 @RequestParam(name = "year", required = false) String year, @RequestParam(name = "reason", required = false) String reason,
                 RedirectAttributes redirect) {
        boolean ofThisStrategy = obligationId != null && obligations.findById(obligationId)
                .filter(o -> o.getStrategyId() != null && o.getStrategyId() == id).isPresent();
        Integer target = null;
        String error = null;
        if (!ofThisStrategy) {
            error = "monitoring.admin.form.activityRequired";
        } else if (year != null && !year.isBlank()) {
            try {
                target = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                error = "monitoring.admin.form.year";
            }
        }
        if (error == null && reason != null && reason.length() > 2000) {
            error = "monitoring.rule.workPlan.reasonTooLong";
        }
        if (error == null) {
            try {
                workPlans.place(obligationId, target, reason);
                redirect.addFlashAttribute("flash", "monitoring.admin.flash.saved");
            } catch (MonitoringRuleException e) {
                error = e.messageKey();
            }
        }
        if (error != null) {
            redirect.addFlashAttribute("placeError", error);
            redirect.addFlashAttribute("placeErrorFor", obligationId);
            redirect.addFlashAttribute("placeReason", reason);
        }
        return "redirect:/monitoring/admin/strategies/" + id + "/work-plans" + (obligationId == null ? "" : "#activity-" + obligationId);
    }
}

package org.bashke.council.body.web;

import java.time.LocalDate;
import java.util.Locale;
import org.bashke.council.body.CouncilViews;
import org.bashke.council.body.EditWorkPlan;
import org.bashke.council.body.SeatRuleBroken;
import org.bashke.council.body.TaskStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A working team's coordinator (or the secretariat) keeps the team's annual work plan. */
@Controller
class WorkPlanController {

    private final CouncilViews views;
    private final EditWorkPlan workPlan;

    WorkPlanController(CouncilViews views, EditWorkPlan workPlan) {
        this.views = views;
        this.workPlan = workPlan;
    }

    @GetMapping("/council/bodies/{id}/work-plan")
    String edit(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = CouncilController.year(year);
        var page = views.page(id, shown, locale);
        if (!workPlan.mayEdit(id)) {
            throw new AccessDeniedException("not the coordinator of body " + id);
        }
        model.addAttribute("page", page);
        model.addAttribute("statuses", TaskStatus.values());
        return "council/work-plan";
    }

    @PostMapping("/council/bodies/{id}/work-plan")
    String add(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year,
               @RequestParam(name = "title", required = false) String title, @RequestParam(name = "owner", required = false) String owner,
               @RequestParam(name = "deadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
               @RequestParam(name = "notes", required = false) String notes, RedirectAttributes redirect) {
        int shown = CouncilController.year(year);
        try {
            workPlan.add(id, shown, title, owner, deadline, notes);
            redirect.addFlashAttribute("flash", "council.workPlan.flash.added");
        } catch (SeatRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/council/bodies/" + id + "/work-plan?year=" + shown;
    }

    @PostMapping("/council/bodies/{id}/work-plan/{taskId}")
    String update(@PathVariable("id") long id, @PathVariable("taskId") long taskId,
                  @RequestParam(name = "year", required = false) Integer year,
                  @RequestParam(name = "title", required = false) String title, @RequestParam(name = "owner", required = false) String owner,
                  @RequestParam(name = "deadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(name = "status", required = false) TaskStatus status,
                  @RequestParam(name = "notes", required = false) String notes, RedirectAttributes redirect) {
        int shown = CouncilController.year(year);
        try {
            workPlan.update(id, taskId, title, owner, deadline, status, notes);
            redirect.addFlashAttribute("flash", "council.workPlan.flash.saved");
        } catch (SeatRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/council/bodies/" + id + "/work-plan?year=" + shown;
    }
}

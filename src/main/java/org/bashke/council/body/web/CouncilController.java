package org.bashke.council.body.web;

import java.time.LocalDate;
import java.util.Locale;
import org.bashke.council.body.CouncilViews;
import org.bashke.council.body.EditWorkPlan;
import org.bashke.council.body.ManageBodies;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the Council, and every body with its members, offices, terms, declarations and work plan. */
@Controller
class CouncilController {

    private final CouncilViews views;
    private final EditWorkPlan workPlan;

    CouncilController(CouncilViews views, EditWorkPlan workPlan) {
        this.views = views;
        this.workPlan = workPlan;
    }

    @GetMapping("/council")
    String council(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        long id = views.council().orElseThrow(() -> new NotFoundException("council", "KQ")).getId();
        return body(id, year, locale, model);
    }

    @GetMapping("/council/bodies/{id}")
    String body(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        model.addAttribute("page", views.page(id, year(year), locale));
        model.addAttribute("mayEdit", workPlan.mayEdit(id));
        model.addAttribute("today", LocalDate.now(ManageBodies.KOSOVO));
        return "council/body";
    }

    static int year(Integer year) {
        int now = LocalDate.now(ManageBodies.KOSOVO).getYear();
        return year == null ? now : Math.max(2000, Math.min(2100, year));
    }
}

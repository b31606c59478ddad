package org.bashke.monitoring.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.monitoring.obligation.IndicatorUnit;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.plan.EditPlan;
import org.bashke.monitoring.plan.MeasureRepository;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.reminders.Escalation;
import org.bashke.monitoring.tracker.Tracker;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat keeps strategies and their action plans; and the escalation list of overdue obligations. */
@Controller("monitoringPlanAdminController")
@RequestMapping("/monitoring/admin")
class PlanAdminController {

    private final EditPlan plan;
    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final ObligationRepository obligations;
    private final Directory directory;
    private final Tracker tracker;
    private final Escalation escalation;

    PlanAdminController(EditPlan plan, StrategyRepository strategies, ObjectiveRepository objectives, MeasureRepository measures,
                        ObligationRepository obligations, Directory directory, Tracker tracker, Escalation escalation) {
        this.plan = plan;
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.obligations = obligations;
        this.directory = directory;
        this.tracker = tracker;
        this.escalation = escalation;
    }

    @GetMapping
    String strategies(Model model) {
        return strategiesPage(new PlanForms.StrategyForm(), model);
    }

    private String strategiesPage(PlanForms.StrategyForm form, Model model) {
        model.addAttribute("strategies", strategies.findAllByOrderByStartsYearDesc());
        model.addAttribute("strategyForm", form);
        return "monitoring/admin/strategies";
    }

    @PostMapping("/strategies")
    String createStrategy(@ModelAttribute("strategyForm") PlanForms.StrategyForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        String code = PlanForms.code(form.getCode(), errors, "code");
        LocalizedText title = PlanForms.text(form.getTitleSq(), form.getTitleSr(), form.getTitleEn(), errors, "titleSq");
        if (form.getStartsYear() == null || form.getStartsYear() < 2000 || form.getStartsYear() > 2100) {
            errors.rejectValue("startsYear", "monitoring.admin.form.year");
        }
        if (form.getEndsYear() == null || form.getEndsYear() < 2000 || form.getEndsYear() > 2100) {
            errors.rejectValue("endsYear", "monitoring.admin.form.year");
        }
        if (!errors.hasErrors()) {
            try {
                long id = plan.createStrategy(code, title, form.getStartsYear(), form.getEndsYear());
                redirect.addFlashAttribute("flash", "monitoring.admin.flash.saved");
                return "redirect:/monitoring/admin/strategies/" + id;
            } catch (MonitoringRuleException e) {
                errors.rejectValue(e.field() == null ? "code" : e.field(), e.messageKey());
            }
        }
        return strategiesPage(form, model);
    }

    @GetMapping("/strategies/{id}")
    String strategy(@PathVariable("id") long id, Locale locale, Model model) {
        return strategyPage(id, locale, model);
    }

    private String strategyPage(long id, Locale locale, Model model) {
        Strategy s = strategies.findById(id).orElseThrow(() -> new NotFoundException("strategy", id));
        List<Objective> objectiveList = objectives.findByStrategyIdOrderByCode(id);
        model.addAttribute("strategy", s);
        model.addAttribute("objectives", objectiveList);
        model.addAttribute("measures", objectiveList.isEmpty() ? List.of()
                : measures.findByObjectiveIdInOrderByCode(objectiveList.stream().map(Objective::getId).toList()));
        model.addAttribute("objectiveCodes", objectiveList.stream().collect(Collectors.toMap(Objective::getId, Objective::getCode)));
        model.addAttribute("rows", tracker.rows(obligations.findByStrategyIdOrderByCode(id), locale));
        model.addAttribute("institutionNames", directory.activeOrganisations(OrganisationType.PUBLIC_INSTITUTION).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale), (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("units", IndicatorUnit.values());
        for (Map.Entry<String, Object> blank : Map.<String, Object>of("objectiveForm", new PlanForms.PartForm(),
                "measureForm", new PlanForms.PartForm(), "activityForm", new PlanForms.ActivityForm(),
                "indicatorForm", new PlanForms.IndicatorForm()).entrySet()) {
            if (!model.containsAttribute(blank.getKey())) {
                model.addAttribute(blank.getKey(), blank.getValue());
            }
        }
        return "monitoring/admin/strategy";
    }

    @PostMapping("/strategies/{id}/objectives")
    String addObjective(@PathVariable("id") long id, @ModelAttribute("objectiveForm") PlanForms.PartForm form, BindingResult errors,
                        Locale locale, Model model, RedirectAttributes redirect) {
        String code = PlanForms.code(form.getCode(), errors, "code");
        LocalizedText title = PlanForms.text(form.getTitleSq(), form.getTitleSr(), form.getTitleEn(), errors, "titleSq");
        if (!errors.hasErrors()) {
            try {
                plan.addObjective(id, code, title);
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                errors.rejectValue("code", e.messageKey());
            }
        }
        return strategyPage(id, locale, model);
    }

    @PostMapping("/strategies/{id}/measures")
    String addMeasure(@PathVariable("id") long id, @ModelAttribute("measureForm") PlanForms.PartForm form, BindingResult errors,
                      Locale locale, Model model, RedirectAttributes redirect) {
        String code = PlanForms.code(form.getCode(), errors, "code");
        LocalizedText title = PlanForms.text(form.getTitleSq(), form.getTitleSr(), form.getTitleEn(), errors, "titleSq");
        Objective objective = form.getParentId() == null ? null
                : objectives.findById(form.getParentId()).filter(o -> o.getStrategyId() == id).orElse(null);
        if (objective == null) {
            errors.rejectValue("parentId", "monitoring.rule.objective.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                plan.addMeasure(objective.getId(), code, title);
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                errors.rejectValue("code", e.messageKey());
            }
        }
        return strategyPage(id, locale, model);
    }

    @PostMapping("/strategies/{id}/activities")
    String saveActivity(@PathVariable("id") long id, @ModelAttribute("activityForm") PlanForms.ActivityForm form, BindingResult errors,
                        Locale locale, Model model, RedirectAttributes redirect) {
        String code = PlanForms.code(form.getCode(), errors, "code");
        LocalizedText title = PlanForms.text(form.getTitleSq(), form.getTitleSr(), form.getTitleEn(), errors, "titleSq");
        if (form.getInstitutionId() == null) {
            errors.rejectValue("institutionId", "monitoring.rule.institution.unknown");
        }
        if (form.getDeadline() == null && !errors.hasFieldErrors("deadline")) {
            errors.rejectValue("deadline", "monitoring.rule.deadline.required");
        }
        if (!errors.hasErrors()) {
            try {
                plan.saveActivity(new EditPlan.ActivityValues(id, trim(form.getObjectiveCode()), trim(form.getMeasureCode()), code, title,
                        form.getInstitutionId(), form.getSupporterIds(), form.getDeadline(), form.getBudgetEur(), form.getBudgetSource()),
                        form.getDeadlineReason());
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                String field = e.field() == null || "reason".equals(e.field()) ? "deadlineReason" : e.field();
                errors.rejectValue(field, e.messageKey());
            }
        }
        return strategyPage(id, locale, model);
    }

    @PostMapping("/strategies/{id}/indicators")
    String addIndicator(@PathVariable("id") long id, @ModelAttribute("indicatorForm") PlanForms.IndicatorForm form, BindingResult errors,
                        Locale locale, Model model, RedirectAttributes redirect) {
        LocalizedText name = PlanForms.text(form.getNameSq(), form.getNameSr(), form.getNameEn(), errors, "nameSq");
        boolean ofThisStrategy = form.getObligationId() != null && obligations.findById(form.getObligationId())
                .filter(o -> o.getStrategyId() != null && o.getStrategyId() == id).isPresent();
        if (!ofThisStrategy) {
            errors.rejectValue("obligationId", "monitoring.admin.form.activityRequired");
        }
        if (form.getUnit() == null) {
            errors.rejectValue("unit", "monitoring.admin.form.unitRequired");
        }
        for (String f : List.of("baseline", "target")) {
            if (errors.getFieldValue(f) == null && !errors.hasFieldErrors(f)) {
                errors.rejectValue(f, "monitoring.rule.indicator.valueRequired");
            }
        }
        for (String f : List.of("baselineYear", "targetYear")) {
            if (errors.getFieldValue(f) == null && !errors.hasFieldErrors(f)) {
                errors.rejectValue(f, "monitoring.admin.form.year");
            }
        }
        if (!errors.hasErrors()) {
            try {
                plan.addIndicator(form.getObligationId(), new EditPlan.IndicatorValues(name, form.getUnit(), form.getBaseline(),
                        form.getBaselineYear(), form.getTarget(), form.getTargetYear()));
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                errors.rejectValue(e.field() == null ? "nameSq" : e.field(), e.messageKey());
            }
        }
        return strategyPage(id, locale, model);
    }

    @GetMapping("/escalation")
    String escalationList(Locale locale, Model model) {
        model.addAttribute("overdue", escalation.list());
        model.addAttribute("institutionNames", tracker.institutionNames(
                escalation.list().stream().map(o -> o.institutionId()).toList(), locale));
        model.addAttribute("councilBody", escalation.councilBody().orElse(null));
        return "monitoring/admin/escalation";
    }

    /** {@code confirm} comes from the page's button, so a stray POST puts nothing on an agenda. */
    @PostMapping("/escalation")
    String escalate(@org.springframework.web.bind.annotation.RequestParam(name = "confirm", required = false) String confirm,
                    RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return "redirect:/monitoring/admin/escalation";
        }
        try {
            var meeting = escalation.putOnNextAgenda();
            redirect.addFlashAttribute("flash", "monitoring.escalation.done");
            redirect.addFlashAttribute("meetingUrl", meeting.url());
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("escalationError", e.messageKey());
        }
        return "redirect:/monitoring/admin/escalation";
    }

    private static String saved(long strategyId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "monitoring.admin.flash.saved");
        return "redirect:/monitoring/admin/strategies/" + strategyId;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}

package org.bashke.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bashke.files.FileRejected;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.AssessUpdate;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorRepository;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.MoveDeadline;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ReportProgress;
import org.bashke.monitoring.obligation.Verdict;
import org.bashke.monitoring.tracker.ObligationDetails;
import org.bashke.monitoring.tracker.Tracker;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers file progress updates; Council members assess them; deadlines move with a reason. */
@Controller("monitoringProgressController")
class ProgressController {

    private final ReportProgress report;
    private final AssessUpdate assess;
    private final MoveDeadline moveDeadline;
    private final ObligationDetails details;
    private final IndicatorRepository indicators;
    private final ObligationRepository obligations;
    private final ObligationAccess access;
    private final Tracker tracker;

    ProgressController(ReportProgress report, AssessUpdate assess, MoveDeadline moveDeadline, ObligationDetails details,
                       IndicatorRepository indicators, ObligationRepository obligations, ObligationAccess access, Tracker tracker) {
        this.report = report;
        this.assess = assess;
        this.moveDeadline = moveDeadline;
        this.details = details;
        this.indicators = indicators;
        this.obligations = obligations;
        this.access = access;
        this.tracker = tracker;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("status", "percent", "cancelReason", "narrativeSq", "narrativeSr", "narrativeEn", "links", "files",
                "actuals*", "measuredOn", "verdict", "onBehalfOf");
    }

    /** The officer's own obligations (all of them for the secretariat's officers-view is the tracker). */
    @GetMapping("/monitoring/mine")
    String mine(Locale locale, Model model) {
        List<Obligation> mine = obligations.findByInstitutionIdInOrderByDeadlineAsc(access.ownInstitutions());
        model.addAttribute("rows", tracker.rows(mine, locale));
        return "monitoring/mine";
    }

    @GetMapping("/monitoring/obligations/{id}/updates/new")
    String newUpdate(@PathVariable("id") long id, Locale locale, Model model) {
        Obligation o = report.toReport(id);
        UpdateForm form = new UpdateForm();
        form.setStatus(o.getStatus() == ObligationStatus.NOT_ASSESSED ? null : o.getStatus());
        form.setPercent(o.getPercent());
        return updateForm(form, o, null, model);
    }

    @PostMapping("/monitoring/obligations/{id}/updates/new")
    String fileUpdate(@PathVariable("id") long id, @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Obligation o = report.toReport(id);
        ReportProgress.UpdateValues values = form.validate(errors, indicators.findByObligationIdOrderById(id));
        if (values != null) {
            try {
                report.file(id, values);
                redirect.addFlashAttribute("flash", "monitoring.flash.updateFiled");
                return "redirect:/monitoring/obligations/" + id;
            } catch (MonitoringRuleException e) {
                reject(errors, e);
            } catch (FileRejected e) {
                errors.rejectValue("files", e.messageKey());
            }
        }
        return updateForm(form, o, null, model);
    }

    @GetMapping("/monitoring/updates/{id}/edit")
    String editUpdate(@PathVariable("id") long id, Model model) {
        ProgressUpdate u = report.toCorrect(id);
        Obligation o = report.toReport(u.getObligationId());
        return updateForm(UpdateForm.of(u), o, u, model);
    }

    @PostMapping("/monitoring/updates/{id}/edit")
    String correctUpdate(@PathVariable("id") long id, @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        ProgressUpdate u = report.toCorrect(id);
        Obligation o = report.toReport(u.getObligationId());
        ReportProgress.UpdateValues values = form.validate(errors, indicators.findByObligationIdOrderById(o.getId()));
        if (values != null) {
            try {
                report.correct(id, values);
                redirect.addFlashAttribute("flash", "monitoring.flash.updateCorrected");
                return "redirect:/monitoring/obligations/" + o.getId();
            } catch (MonitoringRuleException e) {
                reject(errors, e);
            } catch (FileRejected e) {
                errors.rejectValue("files", e.messageKey());
            }
        }
        return updateForm(form, o, u, model);
    }

    private String updateForm(UpdateForm form, Obligation o, ProgressUpdate editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("obligation", o);
        model.addAttribute("editing", editing);
        model.addAttribute("statuses", ObligationStatus.reportable());
        List<Indicator> list = indicators.findByObligationIdOrderById(o.getId());
        model.addAttribute("indicators", list);
        return "monitoring/update-form";
    }

    @GetMapping("/monitoring/updates/{id}/assessment")
    String newAssessment(@PathVariable("id") long id, Locale locale, Model model) {
        try {
            ProgressUpdate u = assess.toAssess(id);
            return assessmentForm(new AssessmentForm(), u, locale, model);
        } catch (MonitoringRuleException e) {
            return alreadyAssessed(id, e, redirect(model));
        }
    }

    private static RedirectAttributes redirect(Model model) {
        return model instanceof RedirectAttributes r ? r : null;
    }

    private String alreadyAssessed(long updateId, MonitoringRuleException e, RedirectAttributes redirect) {
        if (redirect != null) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/monitoring/obligations/" + details.update(updateId).getObligationId();
    }

    @PostMapping("/monitoring/updates/{id}/assessment")
    String makeAssessment(@PathVariable("id") long id, @ModelAttribute("form") AssessmentForm form, BindingResult errors,
                          Locale locale, Model model, RedirectAttributes redirect) {
        ProgressUpdate u;
        try {
            u = assess.toAssess(id);
        } catch (MonitoringRuleException e) {
            return alreadyAssessed(id, e, redirect);
        }
        AssessUpdate.AssessmentValues values = form.validate(errors);
        if (values != null) {
            try {
                assess.assess(id, values);
                redirect.addFlashAttribute("flash", "monitoring.flash.assessed");
                return "redirect:/monitoring/obligations/" + u.getObligationId();
            } catch (MonitoringRuleException e) {
                reject(errors, e);
            } catch (FileRejected e) {
                errors.rejectValue("files", e.messageKey());
            }
        }
        return assessmentForm(form, u, locale, model);
    }

    private String assessmentForm(AssessmentForm form, ProgressUpdate u, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("update", u);
        model.addAttribute("d", details.detail(u.getObligationId(), locale));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("secretariat", access.isSecretariat());
        return "monitoring/assessment-form";
    }

    @PostMapping("/monitoring/obligations/{id}/deadline")
    String move(@PathVariable("id") long id,
                @RequestParam(name = "deadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        try {
            moveDeadline.move(id, deadline, reason);
            redirect.addFlashAttribute("flash", "monitoring.flash.deadlineMoved");
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("deadlineError", e.messageKey());
        }
        return "redirect:/monitoring/obligations/" + id + "#deadline";
    }

    private static void reject(BindingResult errors, MonitoringRuleException e) {
        if (e.field() != null && errors.getFieldType(e.field()) != null) {
            errors.rejectValue(e.field(), e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }
}

package org.bashke.network.complaint.web;

import java.util.Locale;
import org.bashke.directory.Directory;
import org.bashke.network.complaint.ComplaintCase;
import org.bashke.network.complaint.ComplaintRuleBroken;
import org.bashke.network.complaint.HandleComplaint;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One confidential case: its handlers take it through its steps; the member concerned reads and answers once opened. */
@Controller
@RequestMapping("/network/complaints/cases/{id:\\d+}")
class ComplaintCaseController {

    private final HandleComplaint handle;
    private final Directory directory;

    ComplaintCaseController(HandleComplaint handle, Directory directory) {
        this.handle = handle;
        this.directory = directory;
    }

    @InitBinder("caseStepForm")
    void stepFields(WebDataBinder binder) {
        binder.setAllowedFields("hearingOn", "hearingNotes", "outcome", "reasons", "summarySq", "summarySr", "summaryEn", "response");
    }

    @GetMapping
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(id, new CaseStepForm(), null, locale, model);
    }

    private String page(long id, CaseStepForm form, BindingResult errors, Locale locale, Model model) {
        HandleComplaint.Seen seen = handle.see(id);
        model.addAttribute("c", seen.complaint());
        model.addAttribute("handler", seen.handler());
        model.addAttribute("complainant", handle.complainantName(seen));
        model.addAttribute("complainantEmail", handle.complainantEmail(seen));
        model.addAttribute("organisation", directory.organisation(seen.complaint().getOrganisationId())
                .map(o -> o.name().display(locale)).orElse(""));
        model.addAttribute("outcomes", ComplaintCase.Outcome.values());
        model.addAttribute("caseStepForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseStepForm", errors);
        }
        return "network/complaint/case";
    }

    @PostMapping("/open")
    String open(@PathVariable("id") long id, Locale locale, Model model, RedirectAttributes redirect) {
        return step(id, new CaseStepForm(), null, () -> handle.openToMember(id), "network.complaint.flash.opened", locale, model, redirect);
    }

    @PostMapping("/hearing")
    String hearing(@PathVariable("id") long id, @ModelAttribute("caseStepForm") CaseStepForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        return step(id, form, errors, () -> handle.hearing(id, form.getHearingOn(), form.getHearingNotes()),
                "network.complaint.flash.hearing", locale, model, redirect);
    }

    @PostMapping("/decision")
    String decide(@PathVariable("id") long id, @ModelAttribute("caseStepForm") CaseStepForm form, BindingResult errors,
                  Locale locale, Model model, RedirectAttributes redirect) {
        return step(id, form, errors, () -> handle.decide(id, outcome(form.getOutcome()), form.getReasons()),
                "network.complaint.flash.decided", locale, model, redirect);
    }

    @PostMapping("/publish")
    String publish(@PathVariable("id") long id, @ModelAttribute("caseStepForm") CaseStepForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        return step(id, form, errors, () -> handle.publish(id, LocalizedText.of(Language.of(locale), form.getSummarySq(),
                        form.getSummarySr(), form.getSummaryEn())), "network.complaint.flash.published", locale, model, redirect);
    }

    @PostMapping("/response")
    String respond(@PathVariable("id") long id, @ModelAttribute("caseStepForm") CaseStepForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        return step(id, form, errors, () -> handle.respond(id, form.getResponse()), "network.complaint.flash.responded",
                locale, model, redirect);
    }

    private String step(long id, CaseStepForm form, BindingResult errors, Runnable action, String flash, Locale locale,
                        Model model, RedirectAttributes redirect) {
        BindingResult result = errors != null ? errors : new org.springframework.validation.BeanPropertyBindingResult(form, "caseStepForm");
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/network/complaints/cases/" + id;
            } catch (ComplaintRuleBroken e) {
                ComplaintViews.reject(result, e);
            }
        }
        return page(id, form, result, locale, model);
    }

    private static ComplaintCase.Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ComplaintCase.Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

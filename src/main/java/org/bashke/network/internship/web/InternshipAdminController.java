package org.bashke.network.internship.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bashke.network.internship.InternshipAccess;
import org.bashke.network.internship.InternshipCall;
import org.bashke.network.internship.InternshipCalls;
import org.bashke.network.internship.InternshipReports;
import org.bashke.network.internship.InternshipRuleBroken;
import org.bashke.network.internship.PublishInternshipCall;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat: every call with its anonymous counts, publishing a new one, and the programme's reports. */
@Controller
@RequestMapping("/admin/network/internships")
class InternshipAdminController {

    private final InternshipCalls calls;
    private final PublishInternshipCall publish;
    private final InternshipReports reports;
    private final InternshipAccess access;
    private final InternshipViews views;

    InternshipAdminController(InternshipCalls calls, PublishInternshipCall publish, InternshipReports reports,
                              InternshipAccess access, InternshipViews views) {
        this.calls = calls;
        this.publish = publish;
        this.reports = reports;
        this.access = access;
        this.views = views;
    }

    @InitBinder("callForm")
    void callFields(WebDataBinder binder) {
        binder.setAllowedFields("hostOrganisationId", "topicSq", "topicSr", "topicEn", "descriptionSq", "descriptionSr",
                "descriptionEn", "durationMonths", "places", "deadline", "retentionDays", "selectors");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        access.mustBeSecretariat();
        List<InternshipCall> all = calls.findAllByOrderByIdDesc();
        model.addAttribute("calls", all);
        model.addAttribute("hosts", views.hosts(all.stream().map(InternshipCall::getHostOrganisationId).toList(), locale));
        return "network/internship/admin";
    }

    @GetMapping("/new")
    String form(Model model) {
        CallForm form = new CallForm();
        form.setRetentionDays(publish.defaultRetentionDays());
        return formPage(form, null, model);
    }

    private String formPage(CallForm form, BindingResult errors, Model model) {
        access.mustBeSecretariat();
        model.addAttribute("callForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "callForm", errors);
        }
        model.addAttribute("organisations", views.organisations());
        return "network/internship/call-form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("callForm") CallForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (blank(form.getTopicSq()) && blank(form.getTopicSr()) && blank(form.getTopicEn())) {
            errors.rejectValue("topicSq", "network.internship.rule.topic");
        }
        if (form.getDurationMonths() == null || form.getDurationMonths() < 1 || form.getDurationMonths() > 24) {
            if (!errors.hasFieldErrors("durationMonths")) {
                errors.rejectValue("durationMonths", "network.internship.rule.duration");
            }
        }
        if (form.getPlaces() == null || form.getPlaces() < 1 || form.getPlaces() > 100) {
            if (!errors.hasFieldErrors("places")) {
                errors.rejectValue("places", "network.internship.rule.placesRange");
            }
        }
        if (form.getDeadline() == null && !errors.hasFieldErrors("deadline")) {
            errors.rejectValue("deadline", "network.internship.rule.deadline");
        }
        if (blank(form.getSelectors())) {
            errors.rejectValue("selectors", "network.internship.rule.selectors");
        }
        if (!errors.hasErrors()) {
            try {
                List<String> emails = Arrays.stream(form.getSelectors().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
                InternshipCall call = publish.publish(new PublishInternshipCall.NewCall(form.getHostOrganisationId(),
                        LocalizedText.of(Language.SQ, form.getTopicSq(), form.getTopicSr(), form.getTopicEn()),
                        LocalizedText.of(Language.SQ, form.getDescriptionSq(), form.getDescriptionSr(), form.getDescriptionEn()),
                        form.getDurationMonths(), form.getPlaces(), form.getDeadline(), form.getRetentionDays(), emails));
                redirect.addFlashAttribute("flash", "network.internship.flash.published");
                return "redirect:/network/internships/" + call.getId();
            } catch (InternshipRuleBroken e) {
                InternshipViews.reject(errors, e);
            }
        }
        return formPage(form, errors, model);
    }

    @GetMapping("/reports")
    String reports(Locale locale, Model model) {
        InternshipReports.Report report = reports.report();
        model.addAttribute("report", report);
        java.util.Set<Long> hostIds = new java.util.HashSet<>(report.perHost().keySet());
        report.hostsSaid().forEach(s -> hostIds.add(s.hostOrganisationId()));
        report.internsSaid().forEach(s -> hostIds.add(s.hostOrganisationId()));
        model.addAttribute("hosts", views.hosts(hostIds, locale));
        model.addAttribute("regions", views.regions(locale));
        return "network/internship/reports";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

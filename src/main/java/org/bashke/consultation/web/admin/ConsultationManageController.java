package org.bashke.consultation.web.admin;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.AnswerComments;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.draft.ConsultationRuleException;
import org.bashke.consultation.draft.ConsultationValues;
import org.bashke.consultation.draft.HiddenReason;
import org.bashke.consultation.draft.InstitutionAccess;
import org.bashke.consultation.draft.ManageConsultations;
import org.bashke.consultation.draft.RecordConsultationMeeting;
import org.bashke.consultation.draft.DocumentFile;
import org.bashke.consultation.draft.PublishDocumentFile;
import org.bashke.consultation.plan.EditPlan;
import org.bashke.consultation.plan.PlanItem;
import org.bashke.consultation.plan.PlanOutcome;
import org.bashke.consultation.report.ConsultationViews;
import org.bashke.consultation.web.InstitutionNames;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's officers and the secretariat: create and describe consultations, add draft versions,
 * open, close, answer and moderate comments, publish the final report, keep the annual plan.
 */
@Controller
@RequestMapping("/consultations/manage")
class ConsultationManageController {

    private final ManageConsultations manage;
    private final AnswerComments answers;
    private final ConsultationViews views;
    private final ConsultationRepository consultations;
    private final EditPlan plans;
    private final InstitutionAccess access;
    private final InstitutionNames institutionNames;

    private final RecordConsultationMeeting meetings;
    private final PublishDocumentFile documentFiles;

    ConsultationManageController(ManageConsultations manage, AnswerComments answers, ConsultationViews views,
                                 ConsultationRepository consultations, EditPlan plans, InstitutionAccess access, InstitutionNames institutionNames,
                                 RecordConsultationMeeting meetings, PublishDocumentFile documentFiles) {
        this.meetings = meetings;
        this.documentFiles = documentFiles;
        this.manage = manage;
        this.answers = answers;
        this.views = views;
        this.consultations = consultations;
        this.plans = plans;
        this.access = access;
        this.institutionNames = institutionNames;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("institutionId", "titleSq", "titleSr", "titleEn", "summarySq", "summarySr", "summaryEn",
                "draftType", "contactName", "contactEmail", "opensOn", "closesOn", "periodJustification");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        List<Consultation> mine = access.isSecretariat() ? consultations.findAllByOrderByIdDesc()
                : consultations.findByInstitutionIdInOrderByIdDesc(access.ownInstitutions());
        model.addAttribute("consultations", mine);
        model.addAttribute("institutionNames", institutionNames.byName(locale));
        return "consultation/manage/list";
    }

    @GetMapping("/new")
    String newForm(Locale locale, Model model) {
        ConsultationForm form = new ConsultationForm();
        if (access.ownInstitutions().size() == 1) {
            form.setInstitutionId(access.ownInstitutions().iterator().next());
        }
        return form(form, null, locale, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ConsultationForm form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        ConsultationValues values = form.validate(errors);
        if (values != null) {
            try {
                long id = manage.create(values);
                redirect.addFlashAttribute("flash", "consultation.manage.flash.created");
                return "redirect:/consultations/manage/" + id;
            } catch (ConsultationRuleException e) {
                reject(errors, e);
            }
        }
        return form(form, null, locale, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") long id, Locale locale, Model model) {
        Consultation c = manage.findToManage(id);
        return form(ConsultationForm.of(c), c, locale, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable("id") long id, @ModelAttribute("form") ConsultationForm form, BindingResult errors,
                Locale locale, Model model, RedirectAttributes redirect) {
        Consultation c = manage.findToManage(id);
        form.setInstitutionId(c.getInstitutionId());
        ConsultationValues values = form.validate(errors);
        if (values != null) {
            try {
                manage.describe(id, values);
                redirect.addFlashAttribute("flash", "consultation.manage.flash.saved");
                return "redirect:/consultations/manage/" + id;
            } catch (ConsultationRuleException e) {
                reject(errors, e);
            }
        }
        return form(form, c, locale, model);
    }

    private static void reject(BindingResult errors, ConsultationRuleException e) {
        if (e.messageKey().startsWith("consultation.rule.period.")) {
            errors.rejectValue("closesOn", e.messageKey());
        } else if (e.messageKey().startsWith("consultation.rule.institution.")) {
            errors.rejectValue("institutionId", e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }

    private String form(ConsultationForm form, Consultation editing, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("types", DraftType.values());
        Map<Long, String> institutions = institutionNames.byName(locale);
        if (!access.isSecretariat()) {
            institutions.keySet().retainAll(access.ownInstitutions());
        }
        model.addAttribute("institutionNames", institutions);
        return "consultation/manage/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        Consultation c = manage.findToManage(id);
        model.addAttribute("c", c);
        model.addAttribute("consultationId", c.getId());
        model.addAttribute("view", views.manageView(id, locale));
        model.addAttribute("hasAdopted", views.hasAdopted(id));
        model.addAttribute("outcomes", AnswerOutcome.values());
        model.addAttribute("hiddenReasons", HiddenReason.values());
        model.addAttribute("documentFiles", documentFiles.published(id));
        model.addAttribute("documentKinds", DocumentFile.Kind.values());
        return "consultation/manage/show";
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable("id") long id, @RequestParam(name = "label", required = false) String label,
                      @RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.versionAdded", () -> manage.addVersion(id, label, text));
    }

    @PostMapping("/{id}/adopted")
    String addAdopted(@PathVariable("id") long id, @RequestParam(name = "label", required = false) String label,
                      @RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.adoptedAdded", () -> manage.addAdoptedText(id, label, text));
    }

    /** A file published with the consultation (draft as written, explanatory memo, other). */
    @PostMapping("/{id}/documents")
    String publishDocument(@PathVariable("id") long id, @RequestParam(name = "kind", required = false) String kind,
                           @RequestParam(name = "title", required = false) String title,
                           @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                           RedirectAttributes redirect) {
        try {
            return act(id, redirect, "consultation.document.flash.published",
                    () -> documentFiles.publish(id, kind(kind), title, file));
        } catch (org.bashke.files.FileRejected e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return "redirect:/consultations/manage/" + id;
        }
    }

    private static DocumentFile.Kind kind(String text) {
        try {
            return text == null ? null : DocumentFile.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A meeting held within the consultation; numbers that are not numbers are refused like any broken rule. */
    @PostMapping("/{id}/meetings")
    String recordMeeting(@PathVariable("id") long id, @RequestParam(name = "heldOn", required = false) String heldOn,
                         @RequestParam(name = "place", required = false) String place,
                         @RequestParam(name = "participants", required = false) String participants,
                         @RequestParam(name = "organisations", required = false) String organisations,
                         @RequestParam(name = "summary", required = false) String summary, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.meetings.flash.recorded", () -> meetings.record(id,
                new RecordConsultationMeeting.MeetingValues(date(heldOn), place, number(participants), number(organisations), summary)));
    }

    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConsultationRuleException("consultation.meeting.rule.required");
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ConsultationRuleException("consultation.meeting.rule.counts");
        }
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.opened", () -> manage.open(id));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.closed", () -> manage.close(id));
    }

    @PostMapping("/{id}/report/publish")
    String publish(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.published", () -> manage.publishReport(id));
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    String answer(@PathVariable("id") long id, @PathVariable("commentId") long commentId,
                  @RequestParam(name = "outcome", required = false) AnswerOutcome outcome,
                  @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.answered", () -> answers.answer(id, commentId, outcome, reason));
    }

    @PostMapping("/{id}/comments/{commentId}/hide")
    String hide(@PathVariable("id") long id, @PathVariable("commentId") long commentId,
                @RequestParam(name = "reason", required = false) HiddenReason reason, RedirectAttributes redirect) {
        return act(id, redirect, "consultation.manage.flash.hidden", () -> answers.hide(id, commentId, reason));
    }

    /** Runs a state change; a rule's refusal comes back to the management page as a message, not an error page. */
    private String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (ConsultationRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/consultations/manage/" + id;
    }

    @GetMapping("/plans")
    String plans(@RequestParam(name = "institution", required = false) Long institution,
                 @RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        Map<Long, String> institutions = institutionNames.byName(locale);
        if (!access.isSecretariat()) {
            institutions.keySet().retainAll(access.ownInstitutions());
        }
        Long shownInstitution = institution != null ? institution
                : institutions.isEmpty() ? null : institutions.keySet().iterator().next();
        if (shownInstitution != null) {
            access.requireActsFor(shownInstitution);
        }
        int shownYear = year == null ? Year.now(ManageConsultations.KOSOVO).getValue() : Math.max(2000, Math.min(2100, year));
        List<PlanItem> items = shownInstitution == null ? List.of() : plans.plan(shownInstitution, shownYear);
        model.addAttribute("institution", shownInstitution);
        model.addAttribute("year", shownYear);
        model.addAttribute("items", items);
        model.addAttribute("institutionNames", institutions);
        model.addAttribute("types", DraftType.values());
        model.addAttribute("planOutcomes", PlanOutcome.values());
        model.addAttribute("ownConsultations", shownInstitution == null ? List.of()
                : consultations.findByInstitutionIdInOrderByIdDesc(List.of(shownInstitution)));
        return "consultation/manage/plans";
    }

    @PostMapping("/plans")
    String addPlanItem(@RequestParam(name = "institution", required = false) Long institution,
                       @RequestParam(name = "year", required = false) Integer year,
                       @RequestParam(name = "quarter", required = false) Integer quarter,
                       @RequestParam(name = "draftType", required = false) DraftType type,
                       @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        if (institution == null || year == null || quarter == null) {
            redirect.addFlashAttribute("problem", "consultation.rule.plan.titleRequired");
            return "redirect:/consultations/manage/plans";
        }
        try {
            plans.add(institution, year, quarter, type, title);
            redirect.addFlashAttribute("flash", "consultation.plans.flash.added");
        } catch (ConsultationRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/consultations/manage/plans?institution=" + institution + "&year=" + year;
    }

    @PostMapping("/plans/{itemId}/outcome")
    String settle(@PathVariable("itemId") long itemId, @RequestParam(name = "outcome", required = false) PlanOutcome outcome,
                  @RequestParam(name = "consultationId", required = false) Long consultationId,
                  @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        PlanItem item = plans.find(itemId);
        try {
            if (outcome == null) {
                throw new ConsultationRuleException("consultation.rule.plan.outcomeRequired");
            }
            plans.settle(itemId, outcome, consultationId, reason);
            redirect.addFlashAttribute("flash", "consultation.plans.flash.settled");
        } catch (ConsultationRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/consultations/manage/plans?institution=" + item.getInstitutionId() + "&year=" + item.getYear();
    }

}

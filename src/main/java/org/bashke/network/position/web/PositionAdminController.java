package org.bashke.network.position.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.Consultations;
import org.bashke.directory.Directory;
import org.bashke.network.position.AdoptingBody;
import org.bashke.network.position.ManagePositions;
import org.bashke.network.position.NetworkPosition;
import org.bashke.network.position.PositionRuleBroken;
import org.bashke.network.position.PositionStatus;
import org.bashke.network.position.SubjectKind;
import org.bashke.shared.text.Language;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat drafts positions, sends them to the members, records their adoption and files them with consultations. */
@Controller
@RequestMapping("/admin/network/positions")
class PositionAdminController {

    private final ManagePositions positions;
    private final Consultations consultations;
    private final Directory directory;

    PositionAdminController(ManagePositions positions, Consultations consultations, Directory directory) {
        this.positions = positions;
        this.consultations = consultations;
        this.directory = directory;
    }

    @InitBinder("positionForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("subjectKind", "consultationId", "agendaItemId", "requiredBody", "original", "titleSq", "titleSr",
                "titleEn", "textSq", "textSr", "textEn", "note");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("positions", positions.all());
        return "network/position/admin/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new PositionForm(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("positionForm") PositionForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                NetworkPosition p = positions.draft(form.getSubjectKind() == null ? SubjectKind.OTHER : form.getSubjectKind(),
                        form.getConsultationId(), form.getAgendaItemId(),
                        form.getRequiredBody() == null ? AdoptingBody.BOARD : form.getRequiredBody(), form.text());
                return "redirect:/admin/network/positions/" + p.getId();
            } catch (PositionRuleBroken e) {
                errors.reject(e.messageKey());
            }
        }
        return form(form, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Model model, Locale locale) {
        return page(id, null, null, model, locale);
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable("id") long id, @ModelAttribute("positionForm") PositionForm form, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                positions.revise(id, form.text());
                redirect.addFlashAttribute("flash", "network.position.flash.revised");
                return "redirect:/admin/network/positions/" + id;
            } catch (PositionRuleBroken e) {
                return page(id, form, e.messageKey(), model, locale);
            }
        }
        return page(id, form, null, model, locale);
    }

    @PostMapping("/{id}/consult")
    String consult(@PathVariable("id") long id,
                   @RequestParam(name = "deadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                   Model model, Locale locale, RedirectAttributes redirect) {
        try {
            positions.openMemberConsultation(id, deadline);
            redirect.addFlashAttribute("flash", "network.position.flash.consultationOpened");
            return "redirect:/admin/network/positions/" + id;
        } catch (PositionRuleBroken e) {
            return page(id, null, e.messageKey(), model, locale);
        }
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable("id") long id, @RequestParam(name = "body", required = false) AdoptingBody body,
                 @RequestParam(name = "reference", required = false) String reference,
                 @RequestParam(name = "adoptedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                 Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if (body == null) {
                throw new PositionRuleBroken("network.position.rule.wrongBody");
            }
            positions.adopt(id, body, reference, adoptedOn);
            redirect.addFlashAttribute("flash", "network.position.flash.adopted");
            return "redirect:/admin/network/positions/" + id;
        } catch (PositionRuleBroken e) {
            return page(id, null, e.messageKey(), model, locale);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable("id") long id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            positions.submitToConsultation(id);
            redirect.addFlashAttribute("flash", "network.position.flash.submitted");
            return "redirect:/admin/network/positions/" + id;
        } catch (PositionRuleBroken e) {
            return page(id, null, e.messageKey(), model, locale);
        }
    }

    private String form(PositionForm form, Model model) {
        model.addAttribute("positionForm", form);
        model.addAttribute("consultations", consultations.openConsultations());
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("bodies", AdoptingBody.values());
        model.addAttribute("languages", Language.values());
        return "network/position/admin/form";
    }

    private String page(long id, PositionForm revision, String problem, Model model, Locale locale) {
        ManagePositions.Detail d = positions.detail(id);
        if (revision == null) {
            revision = new PositionForm();
            var latest = d.latest();
            revision.setTitleSq(latest.getTitle().get(Language.SQ));
            revision.setTitleSr(latest.getTitle().get(Language.SR));
            revision.setTitleEn(latest.getTitle().get(Language.EN));
            revision.setTextSq(latest.getText().get(Language.SQ));
            revision.setTextSr(latest.getText().get(Language.SR));
            revision.setTextEn(latest.getText().get(Language.EN));
        }
        model.addAttribute("d", d);
        model.addAttribute("positionForm", revision);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", Language.values());
        model.addAttribute("bodies", AdoptingBody.values());
        model.addAttribute("today", positions.today());
        model.addAttribute("adopted", d.position().getStatus() == PositionStatus.ADOPTED);
        ConsultationSummary linked = d.position().getConsultationId() == null ? null
                : consultations.consultation(d.position().getConsultationId()).orElse(null);
        model.addAttribute("linked", linked);
        model.addAttribute("linkedOpen", linked != null && consultations.openConsultations().stream().anyMatch(c -> c.id() == linked.id()));
        Map<Long, String> names = directory.organisations(d.comments().stream().map(c -> c.getOrganisationId()).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id(), o -> o.name().display(locale)));
        model.addAttribute("orgNames", names);
        return "network/position/admin/show";
    }
}

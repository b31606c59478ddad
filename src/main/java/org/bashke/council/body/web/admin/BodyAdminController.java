package org.bashke.council.body.web.admin;

import java.time.LocalDate;
import java.util.Locale;
import org.bashke.council.BodyKind;
import org.bashke.council.body.Body;
import org.bashke.council.body.BodyValues;
import org.bashke.council.body.CouncilViews;
import org.bashke.council.body.ManageBodies;
import org.bashke.council.body.Office;
import org.bashke.council.body.QuorumRule;
import org.bashke.council.body.SeatRuleBroken;
import org.bashke.council.body.Side;
import org.bashke.council.body.Term;
import org.bashke.council.body.VacancyReason;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
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

/** The secretariat: bodies of any kind, their terms with quotas, and the seats, substitutes, offices and vacancies. */
@Controller
class BodyAdminController {

    private final ManageBodies manage;
    private final CouncilViews views;
    private final Directory directory;

    BodyAdminController(ManageBodies manage, CouncilViews views, Directory directory) {
        this.manage = manage;
        this.views = views;
        this.directory = directory;
    }

    @InitBinder("body")
    void bodyFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "nameSq", "nameSr", "nameEn", "mandateSq", "mandateSr", "mandateEn", "kind",
                "parentId", "objective", "quorumRule");
    }

    @InitBinder("term")
    void termFields(WebDataBinder binder) {
        binder.setAllowedFields("label", "startsOn", "endsOn", "governmentSeats", "civilSocietySeats");
    }

    @InitBinder("seat")
    void seatFields(WebDataBinder binder) {
        binder.setAllowedFields("side", "email", "organisation", "since", "office", "note");
    }

    @GetMapping("/admin/council/bodies")
    String list(Locale locale, Model model) {
        return list(new BodyForm(), locale, model);
    }

    @PostMapping("/admin/council/bodies")
    String create(@ModelAttribute("body") BodyForm form, BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        BodyValues values = form.validate(errors);
        if (values != null) {
            try {
                Body body = manage.createBody(values);
                redirect.addFlashAttribute("flash", "council.admin.flash.bodyCreated");
                return "redirect:/admin/council/bodies/" + body.getId();
            } catch (SeatRuleBroken e) {
                errors.rejectValue(e.messageKey().contains(".code") ? "code" : e.messageKey().contains("arent") ? "parentId" : "nameSq",
                        e.messageKey());
            }
        }
        return list(form, locale, model);
    }

    private String list(BodyForm form, Locale locale, Model model) {
        model.addAttribute("bodies", views.bodyLinks(locale));
        return bodyForm(form, locale, model, "council/admin-bodies");
    }

    private String bodyForm(BodyForm form, Locale locale, Model model, String view) {
        model.addAttribute("body", form);
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("quorumRules", QuorumRule.values());
        model.addAttribute("parents", views.bodyLinks(locale));
        return view;
    }

    @GetMapping("/admin/council/bodies/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        Body body = manage.find(id);
        TermForm term = new TermForm();
        term.setStartsOn(LocalDate.now(ManageBodies.KOSOVO));
        return show(body, BodyForm.of(body), term, locale, model);
    }

    private String show(Body body, BodyForm form, TermForm term, Locale locale, Model model) {
        model.addAttribute("b", body);
        model.addAttribute("bodyName", body.getName().display(locale));
        model.addAttribute("term", term);
        LocalDate today = LocalDate.now(ManageBodies.KOSOVO);
        model.addAttribute("terms", manage.terms(body.getId()).stream().map(t -> views.termView(t, today)).toList());
        return bodyForm(form, locale, model, "council/admin-body");
    }

    @PostMapping("/admin/council/bodies/{id}")
    String describe(@PathVariable("id") long id, @ModelAttribute("body") BodyForm form, BindingResult errors, Locale locale,
                    Model model, RedirectAttributes redirect) {
        Body body = manage.find(id);
        form.setCode(body.getCode());
        BodyValues values = form.validate(errors);
        if (values != null) {
            try {
                manage.describeBody(id, values);
                redirect.addFlashAttribute("flash", "council.admin.flash.bodySaved");
                return "redirect:/admin/council/bodies/" + id;
            } catch (SeatRuleBroken e) {
                errors.rejectValue(e.messageKey().contains("arent") ? "parentId" : "nameSq", e.messageKey());
            }
        }
        return show(body, form, new TermForm(), locale, model);
    }

    @PostMapping("/admin/council/bodies/{id}/terms")
    String createTerm(@PathVariable("id") long id, @ModelAttribute("term") TermForm form, BindingResult errors, Locale locale,
                      Model model, RedirectAttributes redirect) {
        Body body = manage.find(id);
        if (form.validate(errors)) {
            try {
                Term term = manage.createTerm(id, form.getLabel(), form.getStartsOn(), form.getEndsOn(),
                        form.getGovernmentSeats(), form.getCivilSocietySeats());
                redirect.addFlashAttribute("flash", "council.admin.flash.termCreated");
                return "redirect:/admin/council/terms/" + term.getId();
            } catch (SeatRuleBroken e) {
                errors.rejectValue(termField(e), e.messageKey());
            }
        }
        return show(body, BodyForm.of(body), form, locale, model);
    }

    private static String termField(SeatRuleBroken e) {
        String k = e.messageKey();
        return k.contains("quota") ? "governmentSeats" : k.contains("label") ? "label" : k.contains("end") ? "endsOn" : "startsOn";
    }

    @GetMapping("/admin/council/terms/{id}")
    String term(@PathVariable("id") long id, Locale locale, Model model) {
        Term term = manage.findTerm(id);
        SeatForm seat = new SeatForm();
        seat.setSince(LocalDate.now(ManageBodies.KOSOVO).isBefore(term.getStartsOn()) ? term.getStartsOn() : LocalDate.now(ManageBodies.KOSOVO));
        return term(term, TermForm.of(term), seat, locale, model);
    }

    private String term(Term term, TermForm termForm, SeatForm seat, Locale locale, Model model) {
        Body body = manage.find(term.getBodyId());
        model.addAttribute("t", term);
        model.addAttribute("tv", views.termView(term, LocalDate.now(ManageBodies.KOSOVO)));
        model.addAttribute("b", body);
        model.addAttribute("bodyName", body.getName().display(locale));
        model.addAttribute("term", termForm);
        model.addAttribute("seat", seat);
        model.addAttribute("seats", views.seats(term, locale));
        model.addAttribute("sides", Side.values());
        model.addAttribute("offices", Office.values());
        model.addAttribute("reasons", VacancyReason.values());
        model.addAttribute("today", LocalDate.now(ManageBodies.KOSOVO));
        model.addAttribute("organisationNames", directory.activeOrganisations(null).stream()
                .map(OrganisationSummary::name).map(n -> n.display(locale)).distinct().toList());
        return "council/admin-term";
    }

    @PostMapping("/admin/council/terms/{id}")
    String defineTerm(@PathVariable("id") long id, @ModelAttribute("term") TermForm form, BindingResult errors, Locale locale,
                      Model model, RedirectAttributes redirect) {
        Term term = manage.findTerm(id);
        if (form.validate(errors)) {
            try {
                manage.defineTerm(id, form.getLabel(), form.getStartsOn(), form.getEndsOn(), form.getGovernmentSeats(),
                        form.getCivilSocietySeats());
                redirect.addFlashAttribute("flash", "council.admin.flash.termSaved");
                return "redirect:/admin/council/terms/" + id;
            } catch (SeatRuleBroken e) {
                errors.rejectValue(termField(e), e.messageKey());
            }
        }
        return term(manage.findTerm(id), form, new SeatForm(), locale, model);
    }

    @PostMapping("/admin/council/terms/{id}/seats")
    String seat(@PathVariable("id") long id, @ModelAttribute("seat") SeatForm form, BindingResult errors, Locale locale, Model model,
                RedirectAttributes redirect) {
        Term term = manage.findTerm(id);
        if (form.validate(errors)) {
            try {
                manage.seat(id, form.getSide(), form.getEmail(), form.getOrganisation(), form.getSince(), form.getOffice(), form.getNote());
                redirect.addFlashAttribute("flash", "council.admin.flash.seated");
                return "redirect:/admin/council/terms/" + id;
            } catch (SeatRuleBroken e) {
                String k = e.messageKey();
                errors.rejectValue(k.contains(".person.") || k.contains("alreadySeated") || k.contains("isSubstitute") ? "email"
                        : k.contains(".organisation.") ? "organisation" : k.contains(".office.") ? "office"
                        : k.contains("outsideTerm") ? "since" : "side", k);
            }
        }
        return term(term, TermForm.of(term), form, locale, model);
    }

    @PostMapping("/admin/council/seats/{id}/substitute")
    String substitute(@PathVariable("id") long id, @RequestParam(name = "email", required = false) String email,
                      RedirectAttributes redirect) {
        return act(id, redirect, "council.admin.flash.substitute", () -> manage.substitute(id, email));
    }

    @PostMapping("/admin/council/seats/{id}/office")
    String office(@PathVariable("id") long id, @RequestParam(name = "office", required = false) Office office,
                  RedirectAttributes redirect) {
        return act(id, redirect, "council.admin.flash.office", () -> manage.office(id, office));
    }

    @PostMapping("/admin/council/seats/{id}/vacate")
    String vacate(@PathVariable("id") long id,
                  @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(name = "reason", required = false) VacancyReason reason,
                  @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "council.admin.flash.vacated", () -> manage.vacate(id, on, reason, note));
    }

    /** A seat change refused by a rule comes back to the term page as a message next to that seat. */
    private String act(long seatId, RedirectAttributes redirect, String flash, Runnable action) {
        long termId = manage.findSeat(seatId).getTerm().getId();
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (SeatRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemSeat", seatId);
        }
        return "redirect:/admin/council/terms/" + termId + "#seat-" + seatId;
    }
}

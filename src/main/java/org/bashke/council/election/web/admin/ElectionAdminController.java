package org.bashke.council.election.web.admin;

import java.util.Locale;
import org.bashke.council.body.Membership;
import org.bashke.council.election.CountVotes;
import org.bashke.council.election.ElectionAccess;
import org.bashke.council.election.ElectionKind;
import org.bashke.council.election.ElectionRuleBroken;
import org.bashke.council.election.ElectionSettings;
import org.bashke.council.election.ElectionValues;
import org.bashke.council.election.ElectionViews;
import org.bashke.council.election.EligibilityRule;
import org.bashke.council.election.ManageElections;
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

/** The secretariat runs elections: open the call, review candidacies, open and close voting, count, seat. */
@Controller
@RequestMapping("/admin/council/elections")
class ElectionAdminController {

    private final ManageElections manage;
    private final CountVotes count;
    private final ElectionViews views;
    private final ElectionAccess access;
    private final ElectionSettings settings;
    private final Membership membership;

    ElectionAdminController(ManageElections manage, CountVotes count, ElectionViews views, ElectionAccess access,
                            ElectionSettings settings, Membership membership) {
        this.manage = manage;
        this.count = count;
        this.views = views;
        this.access = access;
        this.settings = settings;
        this.membership = membership;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("bodyId", "kind", "titleSq", "titleSr", "titleEn", "callSq", "callSr", "callEn", "seats",
                "candidacyDeadline", "eligibility", "registrationDeadline", "votingClosesOn", "seatsFrom", "inspectionDays");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        access.requireSecretariat();
        model.addAttribute("rows", views.list(locale));
        return "council/election/admin/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "kind", required = false) ElectionKind kind,
                   @RequestParam(name = "body", required = false) Long bodyId, Locale locale, Model model) {
        access.requireSecretariat();
        ElectionForm form = new ElectionForm();
        form.setInspectionDays(String.valueOf(settings.inspectionDays()));
        form.setKind(kind == null ? ElectionKind.REGULAR : kind);
        form.setBodyId(bodyId);
        return form(form, locale, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ElectionForm form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        access.requireSecretariat();
        ElectionValues values = form.validate(errors);
        if (values != null) {
            try {
                long id = manage.create(values);
                redirect.addFlashAttribute("flash", "council-election.admin.flash.created");
                return "redirect:/admin/council/elections/" + id;
            } catch (ElectionRuleBroken e) {
                switch (e.messageKey()) {
                    case "council-election.rule.term.none" -> errors.rejectValue("seatsFrom", e.messageKey());
                    case "council-election.rule.deadline.past" -> errors.rejectValue("candidacyDeadline", e.messageKey());
                    case "council-election.rule.registration.deadline" -> errors.rejectValue("registrationDeadline", e.messageKey());
                    default -> errors.reject(e.messageKey());
                }
            }
        }
        return form(form, locale, model);
    }

    private String form(ElectionForm form, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("bodies", membership.bodies());
        model.addAttribute("kinds", ElectionKind.values());
        model.addAttribute("rules", EligibilityRule.values());
        return "council/election/admin/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        access.requireSecretariat();
        model.addAttribute("page", views.page(id, locale, true));
        return "council/election/admin/show";
    }

    @PostMapping("/{id}/candidacies/{candidacyId}/reject")
    String reject(@PathVariable("id") long id, @PathVariable("candidacyId") long candidacyId,
                  @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.rejected", () -> manage.rejectCandidacy(id, candidacyId, reason));
    }

    @PostMapping("/{id}/open-voting")
    String openVoting(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.votingOpened", () -> manage.openVoting(id));
    }

    @PostMapping("/{id}/close-voting")
    String closeVoting(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.votingClosed", () -> manage.closeVoting(id));
    }

    @PostMapping("/{id}/count")
    String count(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.counted", () -> count.count(id));
    }

    @PostMapping("/{id}/seat")
    String seat(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.seated", () -> count.seatWinners(id));
    }

    @PostMapping("/{id}/fill-vacancy")
    String fillVacancy(@PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "council-election.admin.flash.vacancyFilled", () -> count.fillVacancyFromList(id));
    }

    private String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        access.requireSecretariat();
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (ElectionRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/council/elections/" + id;
    }
}

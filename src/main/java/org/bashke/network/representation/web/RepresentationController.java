package org.bashke.network.representation.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.network.representation.ManageRepresentation;
import org.bashke.network.representation.PlaceKind;
import org.bashke.network.representation.Representation;
import org.bashke.network.representation.RepresentationRuleBroken;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The representation register: public list, the representative's own reports, the secretariat's register. */
@Controller
class RepresentationController {

    private final ManageRepresentation register;
    private final Accounts accounts;
    private final Directory directory;

    RepresentationController(ManageRepresentation register, Accounts accounts, Directory directory) {
        this.register = register;
        this.accounts = accounts;
        this.directory = directory;
    }

    @InitBinder("representationForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "original", "placeSq", "placeSr", "placeEn", "representativeName", "representativeEmail",
                "organisationId", "nominatingDecision", "start", "end", "mandateSq", "mandateSr", "mandateEn");
    }

    @GetMapping("/network/representation")
    String publicList(Model model, Locale locale) {
        var current = register.current();
        model.addAttribute("representations", current);
        model.addAttribute("orgNames", names(current.stream().map(Representation::getRepresentativeOrganisationId)
                .filter(java.util.Objects::nonNull).toList(), locale));
        return "network/representation/public";
    }

    @GetMapping("/network/my-representation")
    String mine(Model model) {
        model.addAttribute("entries", register.mine());
        model.addAttribute("today", register.today());
        return "network/representation/mine";
    }

    @PostMapping("/network/my-representation/reports/{id}")
    String file(@PathVariable("id") long id, @RequestParam(name = "body", required = false) String body, Model model,
                RedirectAttributes redirect) {
        try {
            register.file(id, body);
            redirect.addFlashAttribute("flash", "network.representation.flash.filed");
            return "redirect:/network/my-representation";
        } catch (RepresentationRuleBroken e) {
            model.addAttribute("problem", e.messageKey());
            return mine(model);
        }
    }

    @GetMapping("/admin/network/representation")
    String adminList(Model model) {
        model.addAttribute("entries", register.all());
        model.addAttribute("overdue", register.overdue());
        model.addAttribute("today", register.today());
        return "network/representation/admin/list";
    }

    @GetMapping("/admin/network/representation/new")
    String newForm(Model model) {
        RepresentationForm form = new RepresentationForm();
        form.setStart(register.today());
        return form(form, model);
    }

    @PostMapping("/admin/network/representation/new")
    String create(@ModelAttribute("representationForm") RepresentationForm form, BindingResult errors, Model model) {
        Long accountId = null;
        if (form.getRepresentativeEmail() != null && !form.getRepresentativeEmail().isBlank()) {
            Optional<AccountSummary> a = accounts.accountByEmail(form.getRepresentativeEmail().strip());
            if (a.isEmpty()) {
                errors.rejectValue("representativeEmail", "network.representation.rule.unknownAccount");
            } else {
                accountId = a.get().id();
            }
        }
        if (!errors.hasErrors()) {
            try {
                Representation r = register.register(form.mandate(accountId));
                return "redirect:/admin/network/representation/" + r.getId();
            } catch (RepresentationRuleBroken e) {
                errors.reject(e.messageKey());
            }
        }
        return form(form, model);
    }

    @GetMapping("/admin/network/representation/{id}")
    String adminShow(@PathVariable("id") long id, Model model, Locale locale) {
        ManageRepresentation.Entry e = register.one(id);
        model.addAttribute("e", e);
        model.addAttribute("today", register.today());
        model.addAttribute("orgNames", names(e.representation().getRepresentativeOrganisationId() == null ? java.util.List.of()
                : java.util.List.of(e.representation().getRepresentativeOrganisationId()), locale));
        return "network/representation/admin/show";
    }

    @PostMapping("/admin/network/representation/{id}/due")
    String due(@PathVariable("id") long id,
               @RequestParam(name = "dueOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
               Model model, Locale locale, RedirectAttributes redirect) {
        try {
            register.reportDue(id, dueOn);
            redirect.addFlashAttribute("flash", "network.representation.flash.due");
            return "redirect:/admin/network/representation/" + id;
        } catch (RepresentationRuleBroken e) {
            model.addAttribute("problem", e.messageKey());
            return adminShow(id, model, locale);
        }
    }

    private String form(RepresentationForm form, Model model) {
        model.addAttribute("representationForm", form);
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("organisations", directory.activeOrganisations(OrganisationType.CSO));
        return "network/representation/admin/form";
    }

    private Map<Long, String> names(java.util.List<Long> ids, Locale locale) {
        return directory.organisations(ids).stream().collect(Collectors.toMap(o -> o.id(), o -> o.name().display(locale), (a, b) -> a));
    }
}

package org.bashke.network.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.CurrentUser;
import org.bashke.network.complaint.ComplaintCase;
import org.bashke.network.complaint.ComplaintCases;
import org.bashke.network.complaint.ComplaintRuleBroken;
import org.bashke.network.complaint.FileComplaint;
import org.bashke.network.complaint.HandleComplaint;
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

/** Filing a complaint about a member, one's own complaints and cases, and the published decisions. */
@Controller
@RequestMapping("/network/complaints")
class ComplaintController {

    private final FileComplaint fileComplaint;
    private final HandleComplaint handle;
    private final ComplaintCases cases;
    private final Directory directory;
    private final CurrentUser currentUser;

    ComplaintController(FileComplaint fileComplaint, HandleComplaint handle, ComplaintCases cases, Directory directory,
                        CurrentUser currentUser) {
        this.fileComplaint = fileComplaint;
        this.handle = handle;
        this.cases = cases;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @InitBinder("complaintForm")
    void complaintFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "subject", "description", "withholdName");
    }

    @GetMapping
    String index(Locale locale, Model model) {
        return page(new ComplaintForm(), null, locale, model);
    }

    private String page(ComplaintForm form, BindingResult errors, Locale locale, Model model) {
        model.addAttribute("signedIn", currentUser.loggedIn());
        model.addAttribute("members", directory.activeOrganisations(null).stream().filter(OrganisationSummary::civikosMember)
                .map(o -> Map.entry(o.id(), o.name().display(locale))).toList());
        model.addAttribute("complaintForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "complaintForm", errors);
        }
        return "network/complaint/index";
    }

    @PostMapping
    String file(@ModelAttribute("complaintForm") ComplaintForm form, BindingResult errors, Locale locale, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                fileComplaint.file(form.getOrganisationId(), form.getSubject(), form.getDescription(), form.isWithholdName(), locale);
                redirect.addFlashAttribute("flash", "network.complaint.flash.filed");
                return "redirect:/network/complaints/mine";
            } catch (ComplaintRuleBroken e) {
                ComplaintViews.reject(errors, e);
            }
        }
        return page(form, errors, locale, model);
    }

    @GetMapping("/mine")
    String mine(Locale locale, Model model) {
        List<ComplaintCase> filed = handle.filedByMe();
        List<ComplaintCase> cases = handle.mine();
        Set<Long> orgs = filed.stream().map(ComplaintCase::getOrganisationId).collect(Collectors.toSet());
        cases.forEach(c -> orgs.add(c.getOrganisationId()));
        model.addAttribute("filed", filed);
        model.addAttribute("cases", cases);
        model.addAttribute("organisations", names(orgs, locale));
        return "network/complaint/mine";
    }

    @GetMapping("/decisions")
    String decisions(Locale locale, Model model) {
        List<ComplaintCase> published = cases.findByPublishedAtIsNotNullOrderByDecidedAtDesc();
        model.addAttribute("decisions", published);
        model.addAttribute("organisations", names(published.stream().map(ComplaintCase::getOrganisationId)
                .collect(Collectors.toSet()), locale));
        return "network/complaint/decisions";
    }

    private Map<Long, String> names(Set<Long> ids, Locale locale) {
        return directory.organisations(ids).stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale)));
    }
}

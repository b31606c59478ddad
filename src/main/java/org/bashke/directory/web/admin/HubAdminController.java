package org.bashke.directory.web.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.geography.EditHub;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.geography.Hub;
import org.bashke.directory.organisation.OrganisationSearch;
import org.bashke.directory.organisation.Organisations;
import org.bashke.directory.organisation.Problem;
import org.bashke.shared.NotFoundException;
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

/** Hub details, and which hub serves a region with no hub of its own (Gjakovë). */
@Controller
@RequestMapping("/admin/hubs")
class HubAdminController {

    private final Geography geography;
    private final EditHub editHub;
    private final OrganisationSearch search;
    private final Organisations organisations;

    HubAdminController(Geography geography, EditHub editHub, OrganisationSearch search, Organisations organisations) {
        this.geography = geography;
        this.editHub = editHub;
        this.search = search;
        this.organisations = organisations;
    }

    @InitBinder("hub")
    void onlyEditableFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "code", "national");
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping("/serving")
    String serving(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String hubCode, Model model,
                   RedirectAttributes redirect) {
        List<Problem> problems = editHub.serveRegion(regionCode, hubCode);
        if (!problems.isEmpty()) {
            return listPage(model, problems.get(0).key());
        }
        redirect.addFlashAttribute("flash", "directory.admin.hubs.servingSaved");
        return "redirect:/admin/hubs";
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Hub hub = find(code);
        model.addAttribute("hub", HubForm.of(hub));
        return form(model, hub);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("hub") HubForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Hub hub = find(code);
        if (errors.hasErrors()) {
            return form(model, hub);
        }
        List<Problem> problems = editHub.change(hub.getCode(), form.details());
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.rejectValue(p.field(), p.key(), p.argsArray(), null));
            return form(model, hub);
        }
        redirect.addFlashAttribute("flash", "directory.admin.hubs.saved");
        return "redirect:/admin/hubs";
    }

    private Hub find(String code) {
        return geography.hub(code).orElseThrow(() -> new NotFoundException("hub", code));
    }

    private String listPage(Model model, String servingError) {
        model.addAttribute("hubs", geography.hubs());
        model.addAttribute("openRegions", geography.regionsWithoutOwnHub());
        model.addAttribute("servingError", servingError);
        return "directory/admin/hubs";
    }

    private String form(Model model, Hub hub) {
        model.addAttribute("hubEntity", hub);
        // a hub is hosted by a CSO (the national hub by CiviKos itself): offer the active CSOs, and keep the current host listed
        var hosts = new java.util.ArrayList<>(search.search(new OrganisationSearch.Query(null, OrganisationType.CSO, null, null, null,
                null, false, OrganisationSearch.Sort.NAME, org.bashke.shared.text.Language.SQ, 1, 1000)).items());
        if (hub.getHostOrganisationId() != null && hosts.stream().noneMatch(o -> o.getId().equals(hub.getHostOrganisationId()))) {
            organisations.findById(hub.getHostOrganisationId()).ifPresent(o -> hosts.add(0, o));
        }
        model.addAttribute("hosts", hosts);
        return "directory/admin/hub-form";
    }
}

package org.bashke.directory.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.geography.Municipality;
import org.bashke.directory.geography.Region;
import org.bashke.directory.organisation.ArchiveOrganisation;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.Organisation;
import org.bashke.directory.organisation.OrganisationDetails;
import org.bashke.directory.organisation.OrganisationSearch;
import org.bashke.directory.organisation.Organisations;
import org.bashke.directory.organisation.Outcome;
import org.bashke.directory.organisation.Problem;
import org.bashke.directory.organisation.SaveOrganisation;
import org.bashke.directory.web.OrganisationFilter;
import org.bashke.directory.web.Paging;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
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

/** The secretariat keeps the directory: list (archived too), create, edit, archive and bring back. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private static final String FORM = "directory/admin/organisation-form";

    private final OrganisationSearch search;
    private final Organisations organisations;
    private final SaveOrganisation save;
    private final ArchiveOrganisation archive;
    private final Geography geography;

    OrganisationAdminController(OrganisationSearch search, Organisations organisations, SaveOrganisation save,
                                ArchiveOrganisation archive, Geography geography) {
        this.search = search;
        this.organisations = organisations;
        this.save = save;
        this.archive = archive;
        this.geography = geography;
    }

    @InitBinder("organisation")
    void onlyEditableFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "archived");
    }

    @GetMapping
    String list(@ModelAttribute("filter") OrganisationFilter filter, BindingResult ignoredBadPage, Locale locale,
                HttpServletRequest request, Model model) {
        OrganisationSearch.Result result = search.search(new OrganisationSearch.Query(filter.getQ(), filter.typeValue(),
                filter.regionValue(), null, null, null, true, filter.sortValue(), Language.of(locale), filter.getPage(),
                OrganisationSearch.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("pages", Paging.of(request, result.page(), result.pages(), result.total()));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("regions", geography.regions());
        return "directory/admin/organisations";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("organisation", new OrganisationDetails());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("organisation") OrganisationDetails form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Outcome outcome = save.create(form);
        if (!outcome.ok()) {
            reject(errors, outcome);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "directory.admin.organisation.created");
        return "redirect:/admin/organisations/" + outcome.id() + "/edit";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("organisation", find(id).details());
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("organisation") OrganisationDetails form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        find(id);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        Outcome outcome = save.update(id, form);
        if (!outcome.ok()) {
            reject(errors, outcome);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "directory.admin.organisation.saved");
        return "redirect:/admin/organisations/" + id + "/edit";
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        archive.archive(id);
        redirect.addFlashAttribute("flash", "directory.admin.organisation.archived");
        return "redirect:/admin/organisations/" + id + "/edit";
    }

    @PostMapping("/{id}/unarchive")
    String unarchive(@PathVariable long id, RedirectAttributes redirect) {
        archive.unarchive(id);
        redirect.addFlashAttribute("flash", "directory.admin.organisation.unarchived");
        return "redirect:/admin/organisations/" + id + "/edit";
    }

    private Organisation find(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private static void reject(BindingResult errors, Outcome outcome) {
        for (Problem p : outcome.problems()) {
            errors.rejectValue(p.field(), p.key(), p.argsArray(), null);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("existing", id == null ? null : organisations.findById(id).orElse(null));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("areas", AreaOfWork.values());
        model.addAttribute("regions", geography.regions());
        model.addAttribute("municipalitiesByRegion", geography.municipalities().stream()
                .collect(Collectors.groupingBy(Municipality::getRegionCode)));
        model.addAttribute("regionsByCode", geography.regions().stream().collect(Collectors.toMap(Region::getCode, Function.identity())));
        return FORM;
    }
}

package org.bashke.portal.web.admin;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.bashke.directory.Directory;
import org.bashke.files.FileStore;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.publications.EditPublication;
import org.bashke.portal.publications.Publication;
import org.bashke.portal.publications.PublicationType;
import org.bashke.portal.publications.Publications;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publications library in the back office: the same workflow as news, plus one file per language. */
@Controller
@RequestMapping("/admin/portal/publications")
class PublicationAdminController {

    private static final String FORM = "portal/admin/publication-form";

    private final Publications publications;
    private final EditPublication edit;
    private final ContentRights rights;
    private final HubLookup hubs;
    private final Directory directory;
    private final FileStore files;

    PublicationAdminController(Publications publications, EditPublication edit, ContentRights rights, HubLookup hubs,
                               Directory directory, FileStore files) {
        this.publications = publications;
        this.edit = edit;
        this.rights = rights;
        this.hubs = hubs;
        this.directory = directory;
        this.files = files;
    }

    @InitBinder("publication")
    void allowed(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("typeValues", PublicationType.values());
        model.addAttribute("topicValues", Topic.values());
        model.addAttribute("languageValues", Language.values());
        model.addAttribute("hubsById", hubs.byId());
        model.addAttribute("hubChoices", rights.isSecretariat() ? hubs.hubs()
                : hubs.hubs().stream().filter(h -> rights.coordinatedHubs().contains(h.id())).toList());
        model.addAttribute("secretariat", rights.isSecretariat());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("publications", rights.isSecretariat() ? publications.findAllByOrderByUpdatedAtDesc()
                : publications.findByHubIdInOrderByUpdatedAtDesc(rights.coordinatedHubs()));
        return "portal/admin/publications";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("publication", new PublicationForm());
        model.addAttribute("authors", List.of());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("publication") PublicationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("authors", directory.organisations(form.getAuthorIds()));
            return FORM;
        }
        EditPublication.Outcome outcome = edit.create(form.content(), form.getAuthorName());
        if (!outcome.ok()) {
            reject(errors, outcome.problems());
            model.addAttribute("authors", directory.organisations(form.getAuthorIds()));
            return FORM;
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/publications/" + outcome.id() + "/edit";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Publication p = load(id);
        model.addAttribute("publication", PublicationForm.of(p));
        return editView(p, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("publication") PublicationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Publication p = load(id);
        if (errors.hasErrors()) {
            return editView(p, model);
        }
        EditPublication.Outcome outcome = edit.edit(id, form.content(), form.getAuthorName());
        if (!outcome.ok()) {
            reject(errors, outcome.problems());
            return editView(p, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/files")
    String attach(@PathVariable long id, @RequestParam(required = false) String language,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        Publication p = load(id);
        Language lang = parseLanguage(language);
        List<Problem> problems = edit.attach(id, lang, file);
        if (!problems.isEmpty()) {
            model.addAttribute("publication", PublicationForm.of(p));
            model.addAttribute("fileProblem", problems.get(0).key());
            return editView(p, model);
        }
        redirect.addFlashAttribute("flash", "portal.publication.file.attached");
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/files/{language:sq|sr|en}/remove")
    String detach(@PathVariable long id, @PathVariable String language, RedirectAttributes redirect) {
        load(id);
        edit.detach(id, parseLanguage(language));
        redirect.addFlashAttribute("flash", "portal.publication.file.removed");
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    /** Editors check a file before the publication is public; the public route serves published ones only. */
    @GetMapping("/{id:\\d+}/files/{language:sq|sr|en}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String language) {
        Publication p = load(id);
        rights.requireHub(p.getHubId());
        Long fileId = p.getFiles().get(language);
        if (fileId == null) {
            throw new NotFoundException("publication file", id + "/" + language);
        }
        return files.download(fileId, false);
    }

    @PostMapping("/{id:\\d+}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        load(id);
        return transition(id, () -> edit.submit(id), "portal.admin.submitted", redirect);
    }

    @PostMapping("/{id:\\d+}/return")
    String returnToDraft(@PathVariable long id, RedirectAttributes redirect) {
        load(id);
        return transition(id, () -> edit.returnToDraft(id), "portal.admin.returned", redirect);
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        load(id);
        return transition(id, () -> edit.publish(id), "portal.admin.published", redirect);
    }

    @PostMapping("/{id:\\d+}/schedule")
    String schedule(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
                    Model model, RedirectAttributes redirect) {
        Publication p = load(id);
        List<Problem> problems;
        try {
            problems = edit.schedule(id, publishAt == null ? null : publishAt.atZone(PortalEvent.ZONE).toInstant());
        } catch (IllegalStateException e) {
            problems = List.of(new Problem("publishAt", "portal.admin.transition.refused"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("publication", PublicationForm.of(p));
            model.addAttribute("scheduleProblem", problems.get(0).key());
            return editView(p, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.scheduled");
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                     RedirectAttributes redirect) {
        Publication p = load(id);
        List<Problem> problems;
        try {
            problems = edit.unpublish(id, reason);
        } catch (IllegalStateException e) {
            problems = List.of(new Problem("reason", "portal.admin.transition.refused"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("publication", PublicationForm.of(p));
            model.addAttribute("unpublishProblem", problems.get(0).key());
            return editView(p, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.unpublished");
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    private String transition(long id, Runnable change, String flash, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flash", "portal.admin.transition.refused");
        }
        return "redirect:/admin/portal/publications/" + id + "/edit";
    }

    private String editView(Publication p, Model model) {
        rights.requireHub(p.getHubId());
        model.addAttribute("entity", p);
        model.addAttribute("authors", directory.organisations(p.getAuthorIds()));
        model.addAttribute("storedFiles", files.files(List.copyOf(p.getFiles().values())));
        return FORM;
    }

    private Publication load(long id) {
        return publications.findById(id).orElseThrow(() -> new NotFoundException("publication", id));
    }

    private static Language parseLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        for (Language l : Language.values()) {
            if (l.tag().equals(tag.strip())) {
                return l;
            }
        }
        return null;
    }

    private static void reject(BindingResult errors, List<Problem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.key()));
    }
}

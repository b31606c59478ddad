package org.bashke.dialogue.web;

import java.util.List;
import java.util.Locale;
import org.bashke.dialogue.checklist.AssessChecklist;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.bashke.dialogue.process.ProcessStatus;
import org.bashke.dialogue.process.ProcessType;
import org.bashke.dialogue.process.DialogueAccess;
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

/** The public dialogue pages: the list of processes with filters, a process, and a CSO's view of its checklist. */
@Controller
class DialogueController {

    private final DialogueProcessRepository processes;
    private final ManageProcesses manage;
    private final AssessChecklist checklist;
    private final DialogueViews views;
    private final DialogueNames names;
    private final DialogueAccess access;
    private final org.bashke.files.FileStore fileStore;

    DialogueController(DialogueProcessRepository processes, ManageProcesses manage, AssessChecklist checklist, DialogueViews views,
                       DialogueNames names, DialogueAccess access, org.bashke.files.FileStore fileStore) {
        this.fileStore = fileStore;
        this.processes = processes;
        this.manage = manage;
        this.checklist = checklist;
        this.views = views;
        this.names = names;
        this.access = access;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "rating[*]", "note[*]");
    }

    @GetMapping("/dialogue")
    String list(@RequestParam(name = "level", required = false) ProcessLevel level,
                @RequestParam(name = "region", required = false) String region,
                @RequestParam(name = "hub", required = false) String hub,
                @RequestParam(name = "municipality", required = false) String municipality,
                @RequestParam(name = "institution", required = false) Long institution,
                @RequestParam(name = "status", required = false) ProcessStatus status,
                Locale locale, Model model) {
        String regionCode = region == null || region.isBlank() ? null : region;
        String hubCode = hub == null || hub.isBlank() ? null : hub;
        String municipalityCode = municipality == null || municipality.isBlank() ? null : municipality;
        List<DialogueProcess> found = processes.search(level, regionCode, hubCode, municipalityCode, institution, status);
        model.addAttribute("rows", views.rows(found, locale));
        model.addAttribute("institutionScores", views.institutionScores(locale));
        model.addAttribute("level", level);
        model.addAttribute("region", regionCode);
        model.addAttribute("hub", hubCode);
        model.addAttribute("municipality", municipalityCode);
        model.addAttribute("municipalityNames", names.municipalities(locale));
        model.addAttribute("institution", institution);
        model.addAttribute("status", status);
        model.addAttribute("levels", ProcessLevel.values());
        model.addAttribute("statuses", ProcessStatus.values());
        model.addAttribute("types", ProcessType.values());
        model.addAttribute("regionNames", names.regions(locale));
        model.addAttribute("hubNames", names.hubs(locale));
        model.addAttribute("institutionNames", names.institutions(locale));
        var actor = access.actor();
        model.addAttribute("mayManage", actor.secretariat() || !actor.officerOf().isEmpty() || !actor.hubCoordinatorOf().isEmpty());
        return "dialogue/list";
    }

    @GetMapping("/dialogue/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        views.process(manage.find(id), locale, model);
        return "dialogue/process";
    }

    /** A document of a process: public ones for everyone, restricted ones for its organisers and taking-part CSOs (404 otherwise). */
    @GetMapping("/dialogue/{id}/documents/{documentId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> document(@PathVariable("id") long id,
                                                                                        @PathVariable("documentId") long documentId) {
        return fileStore.download(manage.documentToRead(id, documentId).getFileId(), true);
    }

    /** A CSO taking part says how it saw the partnership principles respected. */
    @GetMapping("/dialogue/{id}/assess")
    String assessForm(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                      Locale locale, Model model) {
        DialogueProcess p = manage.find(id);
        views.process(p, locale, model);
        @SuppressWarnings("unchecked")
        List<Long> mine = (List<Long>) model.getAttribute("assessAs");
        Long cso = organisationId != null && mine.contains(organisationId) ? organisationId : mine.isEmpty() ? null : mine.get(0);
        model.addAttribute("form", ChecklistForm.of(((AssessChecklist.Checklist) model.getAttribute("checklist")).rows(), false, cso));
        return assessPage(model);
    }

    @PostMapping("/dialogue/{id}/assess")
    String assess(@PathVariable("id") long id, @ModelAttribute("form") ChecklistForm form, BindingResult errors,
                  Locale locale, Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.find(id);
        if (form.getOrganisationId() == null) {
            errors.rejectValue("organisationId", "dialogue.form.organisation.required");
        } else if (!errors.hasErrors()) {
            try {
                checklist.assessAsCso(id, form.getOrganisationId(), form.entries(checklist.activePrinciples()));
                redirect.addFlashAttribute("flash", "dialogue.flash.assessed");
                return "redirect:/dialogue/" + id + "#checklist";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        views.process(p, locale, model);
        model.addAttribute("form", form);
        return assessPage(model);
    }

    private String assessPage(Model model) {
        model.addAttribute("principles", checklist.activePrinciples());
        model.addAttribute("ratings", org.bashke.dialogue.checklist.Rating.values());
        return "dialogue/assess";
    }
}

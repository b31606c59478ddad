package org.bashke.dialogue.web;

import java.util.List;
import java.util.Locale;
import org.bashke.dialogue.initiative.AnswerInitiative;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.DialogueInitiativeRepository;
import org.bashke.dialogue.initiative.InitiativeStatus;
import org.bashke.dialogue.initiative.ProposeInitiative;
import org.bashke.dialogue.initiative.SupportInitiative;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** CSO initiatives: the public list and page, proposing one (CSO representatives), supporting one. */
@Controller
class InitiativeController {

    private final DialogueInitiativeRepository initiatives;
    private final ProposeInitiative propose;
    private final SupportInitiative support;
    private final AnswerInitiative answers;
    private final DialogueViews views;
    private final DialogueNames names;
    private final DialogueAccess access;
    private final FileStore fileStore;

    InitiativeController(DialogueInitiativeRepository initiatives, ProposeInitiative propose, SupportInitiative support,
                         AnswerInitiative answers, DialogueViews views, DialogueNames names, DialogueAccess access, FileStore fileStore) {
        this.initiatives = initiatives;
        this.propose = propose;
        this.support = support;
        this.answers = answers;
        this.views = views;
        this.names = names;
        this.access = access;
        this.fileStore = fileStore;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "targetOrganisationId", "title", "problem", "ask", "language");
    }

    @GetMapping("/dialogue/initiatives")
    String list(@RequestParam(name = "level", required = false) ProcessLevel level,
                @RequestParam(name = "region", required = false) String region,
                @RequestParam(name = "municipality", required = false) String municipality,
                @RequestParam(name = "institution", required = false) Long institution,
                @RequestParam(name = "status", required = false) InitiativeStatus status,
                Locale locale, Model model) {
        String regionCode = region == null || region.isBlank() ? null : region;
        String municipalityCode = municipality == null || municipality.isBlank() ? null : municipality;
        List<Initiative> found = initiatives.search(level, regionCode, municipalityCode, institution, status);
        model.addAttribute("initiatives", found);
        model.addAttribute("orgNames", names.organisations(found.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.getOrganisationId(), i.getTargetOrganisationId())).toList(), locale));
        model.addAttribute("level", level);
        model.addAttribute("region", regionCode);
        model.addAttribute("institution", institution);
        model.addAttribute("municipality", municipalityCode);
        model.addAttribute("municipalityNames", names.municipalities(locale));
        model.addAttribute("status", status);
        model.addAttribute("levels", ProcessLevel.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("regionNames", names.regions(locale));
        model.addAttribute("institutionNames", names.institutions(locale));
        model.addAttribute("mayPropose", !access.actor().representativeOf().isEmpty());
        return "dialogue/initiatives";
    }

    @GetMapping("/dialogue/initiatives/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        Initiative i = answers.find(id);
        views.initiative(i, answers.mayAnswer(i), locale, model);
        return "dialogue/initiative";
    }

    /** Initiatives are public, and so are the files that come with them. */
    @GetMapping("/dialogue/initiatives/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable("id") long id, @PathVariable("fileId") long fileId) {
        answers.find(id);
        if (views.files(id).stream().noneMatch(f -> f.id() == fileId)) {
            throw new NotFoundException("initiative file", fileId);
        }
        return fileStore.download(fileId, true);
    }

    @GetMapping("/dialogue/initiatives/new")
    String newForm(Locale locale, Model model) {
        InitiativeForm form = new InitiativeForm();
        form.setLanguage(Language.of(locale).tag());
        if (access.actor().representativeOf().size() == 1) {
            form.setOrganisationId(access.actor().representativeOf().iterator().next());
        }
        return form(form, locale, model);
    }

    @PostMapping("/dialogue/initiatives/new")
    String create(@ModelAttribute("form") InitiativeForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  Locale locale, Model model, RedirectAttributes redirect) {
        ProposeInitiative.Values values = form.validate(errors);
        if (values != null) {
            try {
                long id = propose.propose(values, files);
                redirect.addFlashAttribute("flash", "dialogue.flash.proposed");
                return "redirect:/dialogue/initiatives/" + id;
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return form(form, locale, model);
    }

    private String form(InitiativeForm form, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ownOrganisations", names.organisations(access.actor().representativeOf(), locale));
        model.addAttribute("institutionNames", names.institutions(locale));
        model.addAttribute("languages", Language.values());
        return "dialogue/initiative-form";
    }

    /** {@code as}: {@code cso} (with the organisation), {@code hub} or {@code secretariat}. */
    @PostMapping("/dialogue/initiatives/{id}/support")
    String support(@PathVariable("id") long id, @RequestParam(name = "as", defaultValue = "cso") String as,
                   @RequestParam(name = "organisationId", required = false) Long organisationId,
                   Locale locale, Model model, RedirectAttributes redirect) {
        Initiative i = answers.find(id);
        try {
            switch (as) {
                case "hub" -> support.supportAsHub(id);
                case "secretariat" -> support.supportAsSecretariat(id);
                default -> {
                    if (organisationId == null) {
                        throw new DialogueRuleException("dialogue.form.organisation.required");
                    }
                    support.supportAsCso(id, organisationId);
                }
            }
        } catch (DialogueRuleException e) {
            views.initiative(i, answers.mayAnswer(i), locale, model);
            model.addAttribute("supportError", e.messageKey());
            return "dialogue/initiative";
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.supported");
        return "redirect:/dialogue/initiatives/" + id;
    }
}

package org.bashke.dialogue.web.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.dialogue.checklist.AssessChecklist;
import org.bashke.dialogue.checklist.Rating;
import org.bashke.dialogue.commitment.RecordCommitment;
import org.bashke.dialogue.initiative.AnswerInitiative;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.InitiativeAnswer;
import org.bashke.dialogue.initiative.DialogueInitiativeRepository;
import org.bashke.dialogue.process.Actor;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.bashke.dialogue.process.ProcessStatus;
import org.bashke.dialogue.process.ProcessStep;
import org.bashke.dialogue.process.ProcessType;
import org.bashke.dialogue.web.ChecklistForm;
import org.bashke.dialogue.web.DialogueNames;
import org.bashke.dialogue.web.DialogueViews;
import org.bashke.dialogue.web.Rejections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

/**
 * Running dialogue processes (the secretariat, an institution's officers, the hub coordinator of a
 * municipality's region) and answering initiatives (the addressed institution). The use cases check scope.
 */
@Controller
@RequestMapping("/dialogue/manage")
class DialogueManageController {

    private final ManageProcesses manage;
    private final DialogueProcessRepository processes;
    private final DialogueInitiativeRepository initiatives;
    private final AssessChecklist checklist;
    private final RecordCommitment commitments;
    private final AnswerInitiative answers;
    private final DialogueAccess access;
    private final DialogueNames names;
    private final DialogueViews views;

    DialogueManageController(ManageProcesses manage, DialogueProcessRepository processes, DialogueInitiativeRepository initiatives,
                             AssessChecklist checklist, RecordCommitment commitments, AnswerInitiative answers,
                             DialogueAccess access, DialogueNames names, DialogueViews views) {
        this.manage = manage;
        this.processes = processes;
        this.initiatives = initiatives;
        this.checklist = checklist;
        this.commitments = commitments;
        this.answers = answers;
        this.access = access;
        this.names = names;
        this.views = views;
    }

    @InitBinder("form")
    void processFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "type", "status", "titleSq", "titleSr", "titleEn", "summarySq",
                "summarySr", "summaryEn", "startedOn", "heldOn", "title", "outcome", "rating[*]", "note[*]",
                "textSq", "textSr", "textEn", "source", "responsibleOrganisationId", "madeOn", "deadline", "answer", "reason", "stepId");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        Actor actor = access.actor();
        List<DialogueProcess> mine = actor.secretariat() ? processes.findAllByOrderByIdDesc()
                : processes.findByOrganisationIdInOrLevelAndHubCodeInOrderByIdDesc(actor.officerOf(), ProcessLevel.MUNICIPAL,
                actor.hubCoordinatorOf());
        List<Initiative> toAnswer = actor.secretariat() ? initiatives.findAllByOrderByIdDesc()
                : initiatives.findByTargetOrganisationIdInOrderByIdDesc(actor.officerOf());
        model.addAttribute("rows", views.rows(mine, locale));
        model.addAttribute("secretariat", actor.secretariat());
        model.addAttribute("initiatives", toAnswer);
        model.addAttribute("orgNames", names.organisations(toAnswer.stream().map(Initiative::getTargetOrganisationId)
                .collect(Collectors.toSet()), locale));
        return "dialogue/manage/list";
    }

    // ---- the process itself ------------------------------------------------------------------------

    @GetMapping("/new")
    String newForm(Locale locale, Model model) {
        ProcessForm form = new ProcessForm();
        form.setStatus(ProcessStatus.ONGOING);
        form.setStartedOn(LocalDate.now().toString());
        Map<Long, String> choices = organiserChoices(locale);
        if (choices.size() == 1) {
            form.setOrganisationId(choices.keySet().iterator().next());
        }
        return form(form, null, locale, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ProcessForm form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        var values = form.validate(errors);
        if (values != null) {
            try {
                long id = manage.create(values);
                redirect.addFlashAttribute("flash", "dialogue.flash.created");
                return "redirect:/dialogue/manage/" + id;
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return form(form, null, locale, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") long id, Locale locale, Model model) {
        DialogueProcess p = manage.findToManage(id);
        return form(ProcessForm.of(p), p, locale, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable("id") long id, @ModelAttribute("form") ProcessForm form, BindingResult errors, Locale locale,
                Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.findToManage(id);
        form.setOrganisationId(p.getOrganisationId());
        var values = form.validate(errors);
        if (values != null) {
            try {
                manage.describe(id, values);
                redirect.addFlashAttribute("flash", "dialogue.flash.saved");
                return "redirect:/dialogue/manage/" + id;
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return form(form, p, locale, model);
    }

    private String form(ProcessForm form, DialogueProcess editing, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("types", ProcessType.values());
        model.addAttribute("statuses", ProcessStatus.values());
        model.addAttribute("institutionNames", organiserChoices(locale));
        return "dialogue/manage/form";
    }

    /** The institutions this person may organise for: all for the secretariat, their own, or their hub's municipalities. */
    private Map<Long, String> organiserChoices(Locale locale) {
        Actor actor = access.actor();
        Map<Long, String> all = names.institutions(locale);
        if (actor.secretariat()) {
            return all;
        }
        Set<String> regions = names.regionList().stream().filter(r -> actor.hubCoordinatorOf().contains(r.servingHubCode()))
                .map(r -> r.code()).collect(Collectors.toSet());
        Set<Long> allowed = new java.util.HashSet<>(actor.officerOf());
        names.municipalityList().stream().filter(m -> regions.contains(m.regionCode()) && m.organisationId() != null)
                .forEach(m -> allowed.add(m.organisationId()));
        Map<Long, String> mine = new LinkedHashMap<>(all);
        mine.keySet().retainAll(allowed);
        return mine;
    }

    // ---- the organiser's page: participants, steps, commitments, checklist --------------------------

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        DialogueProcess p = manage.findToManage(id);
        StepForm step = new StepForm();
        step.setHeldOn(LocalDate.now().toString());
        return page(p, step, new BeanPropertyBindingResult(step, "form"), null, locale, model);
    }

    @PostMapping("/{id}/participants")
    String addParticipant(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                          Locale locale, Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.findToManage(id);
        try {
            if (organisationId == null) {
                throw new DialogueRuleException("dialogue.form.organisation.required");
            }
            manage.addParticipant(id, organisationId);
        } catch (DialogueRuleException e) {
            StepForm step = new StepForm();
            return page(p, step, new BeanPropertyBindingResult(step, "form"), e.messageKey(), locale, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.participantAdded");
        return "redirect:/dialogue/manage/" + id + "#participants";
    }

    @PostMapping("/{id}/participants/{organisationId}/remove")
    String removeParticipant(@PathVariable("id") long id, @PathVariable("organisationId") long organisationId,
                             RedirectAttributes redirect) {
        manage.removeParticipant(id, organisationId);
        redirect.addFlashAttribute("flash", "dialogue.flash.participantRemoved");
        return "redirect:/dialogue/manage/" + id + "#participants";
    }

    @PostMapping("/{id}/steps")
    String addStep(@PathVariable("id") long id, @ModelAttribute("form") StepForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.findToManage(id);
        LocalDate heldOn = form.validate(errors);
        if (heldOn != null) {
            try {
                manage.addStep(id, heldOn, form.getTitle(), form.getOutcome());
                redirect.addFlashAttribute("flash", "dialogue.flash.stepAdded");
                return "redirect:/dialogue/manage/" + id + "#steps";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return page(p, form, errors, null, locale, model);
    }

    /** A document kept with the process, public or restricted; a refused file keeps nothing and says why. */
    @PostMapping("/{id}/documents")
    String addDocument(@PathVariable("id") long id, @RequestParam(name = "documentTitle", required = false) String title,
                       @RequestParam(name = "restricted", defaultValue = "false") boolean restricted,
                       @RequestParam(name = "file", required = false) MultipartFile file,
                       Locale locale, Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.findToManage(id);
        try {
            manage.addDocument(id, title, restricted, file);
        } catch (DialogueRuleException e) {
            StepForm step = new StepForm();
            model.addAttribute("documentError", e.messageKey());
            model.addAttribute("documentErrorField", e.field());
            model.addAttribute("documentTitle", title);
            return page(p, step, new BeanPropertyBindingResult(step, "form"), null, locale, model);
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.documentAdded");
        return "redirect:/dialogue/manage/" + id + "#documents";
    }

    @GetMapping("/{id}/steps/{stepId}/edit")
    String editStepForm(@PathVariable("id") long id, @PathVariable("stepId") long stepId, Model model) {
        ProcessStep step = manage.stepToManage(id, stepId);
        StepForm form = new StepForm();
        form.setHeldOn(step.getHeldOn().toString());
        form.setTitle(step.getTitle());
        form.setOutcome(step.getOutcome());
        return stepPage(manage.find(id), step, form, model);
    }

    @PostMapping("/{id}/steps/{stepId}/edit")
    String editStep(@PathVariable("id") long id, @PathVariable("stepId") long stepId, @ModelAttribute("form") StepForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        ProcessStep step = manage.stepToManage(id, stepId);
        LocalDate heldOn = form.validate(errors);
        if (heldOn != null) {
            try {
                manage.editStep(id, stepId, heldOn, form.getTitle(), form.getOutcome());
                redirect.addFlashAttribute("flash", "dialogue.flash.stepSaved");
                return "redirect:/dialogue/manage/" + id + "#steps";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return stepPage(manage.find(id), step, form, model);
    }

    private String stepPage(DialogueProcess p, ProcessStep step, StepForm form, Model model) {
        model.addAttribute("process", p);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        return "dialogue/manage/step";
    }

    private String page(DialogueProcess p, StepForm step, BindingResult stepErrors, String participantError,
                        Locale locale, Model model) {
        views.process(p, locale, model);
        model.addAttribute("form", step);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", stepErrors);
        model.addAttribute("participantError", participantError);
        model.addAttribute("csoNames", names.csos(locale));
        return "dialogue/manage/process";
    }

    @GetMapping("/{id}/checklist")
    String checklistForm(@PathVariable("id") long id, Model model) {
        manage.findToManage(id);
        return checklistPage(id, ChecklistForm.of(checklist.checklist(id).rows(), true, null), model);
    }

    @PostMapping("/{id}/checklist")
    String assess(@PathVariable("id") long id, @ModelAttribute("form") ChecklistForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        manage.findToManage(id);
        if (!errors.hasErrors()) {
            try {
                checklist.assessAsOrganiser(id, form.entries(checklist.activePrinciples()));
                redirect.addFlashAttribute("flash", "dialogue.flash.assessed");
                return "redirect:/dialogue/manage/" + id + "#checklist";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return checklistPage(id, form, model);
    }

    private String checklistPage(long id, ChecklistForm form, Model model) {
        model.addAttribute("process", manage.find(id));
        model.addAttribute("form", form);
        model.addAttribute("principles", checklist.activePrinciples());
        model.addAttribute("ratings", Rating.values());
        return "dialogue/manage/checklist";
    }

    // ---- commitments -------------------------------------------------------------------------------

    @GetMapping("/{id}/commitments/new")
    String commitmentForm(@PathVariable("id") long id, Locale locale, Model model) {
        DialogueProcess p = manage.findToManage(id);
        CommitmentForm form = new CommitmentForm();
        form.setResponsibleOrganisationId(p.getOrganisationId());
        form.setMadeOn(LocalDate.now().toString());
        return commitmentPage(form, p, null, locale, model);
    }

    @PostMapping("/{id}/commitments/new")
    String recordCommitment(@PathVariable("id") long id, @ModelAttribute("form") CommitmentForm form, BindingResult errors,
                            Locale locale, Model model, RedirectAttributes redirect) {
        DialogueProcess p = manage.findToManage(id);
        var values = form.validate(errors);
        if (values != null) {
            try {
                commitments.inProcess(id, values);
                redirect.addFlashAttribute("flash", "dialogue.flash.committed");
                return "redirect:/dialogue/manage/" + id + "#commitments";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return commitmentPage(form, p, null, locale, model);
    }

    @GetMapping("/initiatives/{id}/commitments/new")
    String initiativeCommitmentForm(@PathVariable("id") long id, Locale locale, Model model) {
        Initiative i = answers.findToAnswer(id);
        CommitmentForm form = new CommitmentForm();
        form.setResponsibleOrganisationId(i.getTargetOrganisationId());
        form.setMadeOn(LocalDate.now().toString());
        return commitmentPage(form, null, i, locale, model);
    }

    @PostMapping("/initiatives/{id}/commitments/new")
    String recordInitiativeCommitment(@PathVariable("id") long id, @ModelAttribute("form") CommitmentForm form,
                                      BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        Initiative i = answers.findToAnswer(id);
        var values = form.validate(errors);
        if (values != null) {
            try {
                commitments.forInitiative(id, values);
                redirect.addFlashAttribute("flash", "dialogue.flash.committed");
                return "redirect:/dialogue/initiatives/" + id + "#commitments";
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return commitmentPage(form, null, i, locale, model);
    }

    private String commitmentPage(CommitmentForm form, DialogueProcess process, Initiative initiative, Locale locale, Model model) {
        model.addAttribute("steps", process == null ? List.of() : manage.steps(process.getId()));
        model.addAttribute("form", form);
        model.addAttribute("process", process);
        model.addAttribute("initiative", initiative);
        model.addAttribute("institutionNames", names.institutions(locale));
        return "dialogue/manage/commitment";
    }

    // ---- answering an initiative -------------------------------------------------------------------

    @GetMapping("/initiatives/{id}/answer")
    String answerForm(@PathVariable("id") long id, Locale locale, Model model) {
        return answerPage(answers.findToAnswer(id), new AnswerForm(), locale, model);
    }

    @PostMapping("/initiatives/{id}/answer")
    String answer(@PathVariable("id") long id, @ModelAttribute("form") AnswerForm form, BindingResult errors,
                  Locale locale, Model model, RedirectAttributes redirect) {
        Initiative i = answers.findToAnswer(id);
        if (!errors.hasErrors()) {
            try {
                answers.answer(id, form.getAnswer(), form.getReason());
                redirect.addFlashAttribute("flash", "dialogue.flash.answered");
                return "redirect:/dialogue/initiatives/" + id;
            } catch (DialogueRuleException e) {
                Rejections.reject(errors, e);
            }
        }
        return answerPage(i, form, locale, model);
    }

    private String answerPage(Initiative i, AnswerForm form, Locale locale, Model model) {
        model.addAttribute("initiative", i);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", InitiativeAnswer.values());
        model.addAttribute("orgNames", names.organisations(new ArrayList<>(List.of(i.getOrganisationId(), i.getTargetOrganisationId())), locale));
        return "dialogue/manage/answer";
    }
}

package org.bashke.network.internship.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.files.FileStore;
import org.bashke.network.internship.InternshipApplication;
import org.bashke.network.internship.InternshipCall;
import org.bashke.network.internship.InternshipPlacement;
import org.bashke.network.internship.InternshipPlacements;
import org.bashke.network.internship.InternshipRuleBroken;
import org.bashke.network.internship.PlaceIntern;
import org.bashke.network.internship.SelectInterns;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The selectors of a call: applicants with their CV, letter and motivation, scores with reasons, finishing the
 * selection (the applicants are told) and placing the selected with a mentor. Everyone else gets "not found".
 */
@Controller
@RequestMapping("/network/internships/{id:\\d+}/selection")
class SelectionController {

    private final SelectInterns selection;
    private final PlaceIntern placeIntern;
    private final InternshipPlacements placements;
    private final FileStore files;
    private final InternshipViews views;

    SelectionController(SelectInterns selection, PlaceIntern placeIntern, InternshipPlacements placements, FileStore files,
                        InternshipViews views) {
        this.selection = selection;
        this.placeIntern = placeIntern;
        this.placements = placements;
        this.files = files;
        this.views = views;
    }

    @InitBinder("scoreForm")
    void scoreFields(WebDataBinder binder) {
        binder.setAllowedFields("score", "reason", "selected");
    }

    @InitBinder("placementForm")
    void placementFields(WebDataBinder binder) {
        binder.setAllowedFields("mentorEmail", "learningPlan", "startsOn", "endsOn");
    }

    @GetMapping
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(id, null, null, locale, model);
    }

    private String page(long id, Long problemFor, InternshipRuleBroken problem, Locale locale, Model model) {
        InternshipCall call = selection.callToSelect(id);
        List<InternshipApplication> applicants = selection.applicants(id);
        Map<Long, InternshipPlacement> placed = placements.findByCallIdOrderByIdAsc(id).stream()
                .collect(Collectors.toMap(InternshipPlacement::getInternAccountId, Function.identity()));
        model.addAttribute("call", call);
        model.addAttribute("host", views.host(call.getHostOrganisationId(), locale));
        model.addAttribute("applicants", applicants);
        model.addAttribute("people", views.accounts(applicants.stream().map(InternshipApplication::getAccountId).toList()));
        model.addAttribute("placed", placed);
        model.addAttribute("problem", problem == null ? null : problem.messageKey());
        model.addAttribute("problemFor", problemFor);
        return "network/internship/selection";
    }

    @PostMapping("/{applicationId:\\d+}/score")
    String score(@PathVariable("id") long id, @PathVariable("applicationId") long applicationId,
                 @ModelAttribute("scoreForm") ScoreForm form, org.springframework.validation.BindingResult errors,
                 Locale locale, Model model, RedirectAttributes redirect) {
        try {
            if (errors.hasErrors()) {
                throw new InternshipRuleBroken("network.internship.rule.score", "score");
            }
            selection.score(id, applicationId, form.getScore(), form.getReason(), form.isSelected());
            redirect.addFlashAttribute("flash", "network.internship.flash.scored");
            return "redirect:/network/internships/" + id + "/selection#application-" + applicationId;
        } catch (InternshipRuleBroken e) {
            return page(id, applicationId, e, locale, model);
        }
    }

    @PostMapping("/close")
    String close(@PathVariable("id") long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            selection.finish(id);
            redirect.addFlashAttribute("flash", "network.internship.flash.closed");
            return "redirect:/network/internships/" + id + "/selection";
        } catch (InternshipRuleBroken e) {
            return page(id, null, e, locale, model);
        }
    }

    @PostMapping("/{applicationId:\\d+}/place")
    String place(@PathVariable("id") long id, @PathVariable("applicationId") long applicationId,
                 @ModelAttribute("placementForm") PlacementForm form, org.springframework.validation.BindingResult errors,
                 Locale locale, Model model, RedirectAttributes redirect) {
        try {
            if (errors.hasErrors()) {
                throw new InternshipRuleBroken("network.internship.rule.period", "endsOn");
            }
            InternshipPlacement p = placeIntern.place(id, applicationId, form.getMentorEmail(), form.getLearningPlan(),
                    form.getStartsOn(), form.getEndsOn());
            redirect.addFlashAttribute("flash", "network.internship.flash.placed");
            return "redirect:/network/internships/placements/" + p.getId();
        } catch (InternshipRuleBroken e) {
            return page(id, applicationId, e, locale, model);
        }
    }

    @GetMapping("/{applicationId:\\d+}/cv")
    ResponseEntity<Resource> cv(@PathVariable("id") long id, @PathVariable("applicationId") long applicationId) {
        return files.download(selection.applicant(id, applicationId).getCvFileId(), false);
    }

    @GetMapping("/{applicationId:\\d+}/letter")
    ResponseEntity<Resource> letter(@PathVariable("id") long id, @PathVariable("applicationId") long applicationId) {
        return files.download(selection.applicant(id, applicationId).getLetterFileId(), false);
    }
}

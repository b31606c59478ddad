package org.bashke.network.internship.web;

import java.util.Locale;
import org.bashke.network.internship.InternshipCertificate;
import org.bashke.network.internship.InternshipRuleBroken;
import org.bashke.network.internship.KeepPlacement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A placement for its intern, its mentor and its call's selectors: plan, check-ins, evaluations, certificate. */
@Controller
@RequestMapping("/network/internships/placements/{id:\\d+}")
class PlacementController {

    private final KeepPlacement keep;
    private final InternshipCertificate certificate;
    private final InternshipViews views;

    PlacementController(KeepPlacement keep, InternshipCertificate certificate, InternshipViews views) {
        this.keep = keep;
        this.certificate = certificate;
        this.views = views;
    }

    @InitBinder("checkInForm")
    void checkInFields(WebDataBinder binder) {
        binder.setAllowedFields("month", "note");
    }

    @InitBinder("evaluationForm")
    void evaluationFields(WebDataBinder binder) {
        binder.setAllowedFields("rating", "text");
    }

    @GetMapping
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(id, new CheckInForm(), null, new EvaluationForm(), null, locale, model);
    }

    private String page(long id, CheckInForm checkIn, BindingResult checkInErrors, EvaluationForm evaluation,
                        BindingResult evaluationErrors, Locale locale, Model model) {
        KeepPlacement.Seen seen = keep.see(id);
        model.addAttribute("seen", seen);
        model.addAttribute("p", seen.placement());
        model.addAttribute("topic", seen.call().getTopic().display(locale));
        model.addAttribute("host", views.host(seen.placement().getHostOrganisationId(), locale));
        model.addAttribute("people", views.people(java.util.List.of(seen.placement().getInternAccountId(),
                seen.placement().getMentorAccountId())));
        model.addAttribute("checkInForm", checkIn);
        if (checkInErrors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "checkInForm", checkInErrors);
        }
        model.addAttribute("evaluationForm", evaluation);
        if (evaluationErrors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "evaluationForm", evaluationErrors);
        }
        return "network/internship/placement";
    }

    @PostMapping("/checkins")
    String checkIn(@PathVariable("id") long id, @ModelAttribute("checkInForm") CheckInForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                keep.checkIn(id, form.getMonth(), form.getNote());
                redirect.addFlashAttribute("flash", "network.internship.flash.checkIn");
                return "redirect:/network/internships/placements/" + id + "#checkins";
            } catch (InternshipRuleBroken e) {
                InternshipViews.reject(errors, e);
            }
        }
        return page(id, form, errors, new EvaluationForm(), null, locale, model);
    }

    @PostMapping("/evaluation")
    String evaluate(@PathVariable("id") long id, @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors,
                    Locale locale, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                keep.evaluate(id, form.getRating(), form.getText());
                redirect.addFlashAttribute("flash", "network.internship.flash.evaluated");
                return "redirect:/network/internships/placements/" + id;
            } catch (InternshipRuleBroken e) {
                InternshipViews.reject(errors, e);
            }
        }
        return page(id, new CheckInForm(), null, form, errors, locale, model);
    }

    /** The certificate in the language the intern chose ({@code language}: sq, sr or en; not {@code lang}, the site's switch). */
    @GetMapping("/certificate")
    Object certificate(@PathVariable("id") long id, @RequestParam(name = "language", defaultValue = "sq") String language,
                       Locale locale, Model model) {
        Locale chosen = switch (language) {
            case "sr" -> Locale.forLanguageTag("sr-Latn");
            case "en" -> Locale.ENGLISH;
            default -> Locale.forLanguageTag("sq");
        };
        try {
            byte[] pdf = certificate.render(id, chosen);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("certificate-" + id + "-" + chosen.getLanguage() + ".pdf").build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(pdf);
        } catch (InternshipRuleBroken e) {
            EvaluationForm form = new EvaluationForm();
            BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "evaluationForm");
            errors.reject(e.messageKey());
            return page(id, new CheckInForm(), null, form, errors, locale, model);
        }
    }
}

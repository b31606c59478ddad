package org.bashke.dialogue.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages that gather dialogue by place and by promise: the municipalities by region, one
 * municipality (processes, initiatives, consultations, commitments), and the trail of one commitment.
 */
@Controller
class MunicipalityController {

    private final DialogueViews views;

    MunicipalityController(DialogueViews views) {
        this.views = views;
    }

    @GetMapping("/dialogue/municipalities")
    String municipalities(Locale locale, Model model) {
        model.addAttribute("regions", views.municipalitiesByRegion(locale));
        return "dialogue/municipalities";
    }

    @GetMapping("/dialogue/municipalities/{code}")
    String municipality(@PathVariable("code") String code, Locale locale, Model model) {
        views.municipality(code, locale, model);
        return "dialogue/municipality";
    }

    /** Minutes line or meeting, commitment, reported actions with evidence, status: one page. */
    @GetMapping("/dialogue/commitments/{id}")
    String trail(@PathVariable("id") long id, Locale locale, Model model) {
        views.trail(id, locale, model);
        return "dialogue/trail";
    }
}

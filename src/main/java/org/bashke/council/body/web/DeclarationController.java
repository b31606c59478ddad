package org.bashke.council.body.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.council.body.BodyRepository;
import org.bashke.council.body.DeclareInterests;
import org.bashke.council.body.SeatRuleBroken;
import org.bashke.council.body.Term;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member files their own conflict-of-interest declaration; it appears on the body's public page. */
@Controller
class DeclarationController {

    private final DeclareInterests declare;
    private final BodyRepository bodies;

    DeclarationController(DeclareInterests declare, BodyRepository bodies) {
        this.declare = declare;
        this.bodies = bodies;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("termId", "agendaItemId", "answer", "interests");
    }

    @GetMapping("/council/declarations/new")
    String form(Locale locale, Model model) {
        return form(new DeclarationForm(), locale, model);
    }

    @PostMapping("/council/declarations")
    String file(@ModelAttribute("form") DeclarationForm form, BindingResult errors, Locale locale, Model model,
                RedirectAttributes redirect) {
        if (form.getTermId() == null) {
            errors.rejectValue("termId", "council.rule.declaration.termRequired");
        }
        if (form.getAnswer() == null) {
            errors.rejectValue("answer", "council.rule.declaration.answer");
        }
        if (!errors.hasErrors()) {
            try {
                declare.file(form.getTermId(), form.getAgendaItemId(), "NOTHING".equals(form.getAnswer()), form.getInterests());
                long bodyId = declare.termsOfCurrentUser().stream().filter(t -> t.getId().equals(form.getTermId()))
                        .findFirst().map(Term::getBodyId).orElseThrow();
                redirect.addFlashAttribute("flash", "council.declaration.flash.filed");
                return "redirect:/council/bodies/" + bodyId + "#declarations";
            } catch (SeatRuleBroken e) {
                String field = e.messageKey().endsWith("agendaItem") ? "agendaItemId"
                        : e.messageKey().endsWith("notMember") ? "termId" : "interests";
                errors.rejectValue(field, e.messageKey());
            }
        }
        return form(form, locale, model);
    }

    private String form(DeclarationForm form, Locale locale, Model model) {
        Map<Long, String> terms = new LinkedHashMap<>();
        for (Term t : declare.termsOfCurrentUser()) {
            String body = bodies.findById(t.getBodyId()).map(b -> b.getName().display(locale)).orElse("");
            terms.put(t.getId(), body + " — " + t.getLabel());
        }
        if (form.getTermId() == null && terms.size() == 1) {
            form.setTermId(terms.keySet().iterator().next());
        }
        model.addAttribute("form", form);
        model.addAttribute("terms", terms);
        return "council/declaration-form";
    }

    public static class DeclarationForm {
        private Long termId;
        private Long agendaItemId;
        private String answer;
        private String interests;

        public Long getTermId() { return termId; }
        public void setTermId(Long termId) { this.termId = termId; }
        public Long getAgendaItemId() { return agendaItemId; }
        public void setAgendaItemId(Long agendaItemId) { this.agendaItemId = agendaItemId; }
        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
        public String getInterests() { return interests; }
        public void setInterests(String interests) { this.interests = interests; }
    }
}

package org.bashke.dialogue.web.admin;

import org.bashke.dialogue.checklist.ManagePrinciples;
import org.bashke.dialogue.process.DialogueRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's list of partnership principles: add one, rename one, retire or bring one back. */
@Controller
@RequestMapping("/dialogue/manage/principles")
class PrincipleController {

    private final ManagePrinciples principles;

    PrincipleController(ManagePrinciples principles) {
        this.principles = principles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("principles", principles.all());
        return "dialogue/manage/principles";
    }

    @PostMapping
    String add(@RequestParam(name = "nameSq", required = false) String sq, @RequestParam(name = "nameSr", required = false) String sr,
               @RequestParam(name = "nameEn", required = false) String en, Model model, RedirectAttributes redirect) {
        try {
            principles.add(sq, sr, en);
        } catch (DialogueRuleException e) {
            model.addAttribute("addError", e.messageKey());
            return list(model);
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.principleSaved");
        return "redirect:/dialogue/manage/principles";
    }

    @PostMapping("/{id}")
    String change(@PathVariable("id") long id, @RequestParam(name = "nameSq", required = false) String sq,
                  @RequestParam(name = "nameSr", required = false) String sr, @RequestParam(name = "nameEn", required = false) String en,
                  @RequestParam(name = "active", defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
        try {
            principles.change(id, sq, sr, en, active);
        } catch (DialogueRuleException e) {
            model.addAttribute("changeError", e.messageKey());
            model.addAttribute("changeErrorId", id);
            return list(model);
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.principleSaved");
        return "redirect:/dialogue/manage/principles";
    }
}

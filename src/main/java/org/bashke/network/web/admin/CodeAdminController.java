package org.bashke.network.web.admin;

import java.time.LocalDate;
import java.util.Locale;
import org.bashke.network.MemberSummary;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.ManageCode;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.network.web.MemberNames;
import org.bashke.shared.text.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat drafts and adopts versions of the code of conduct and the rules of work, and follows acceptance. */
@Controller
class CodeAdminController {

    private final ManageCode code;
    private final MemberNames names;

    CodeAdminController(ManageCode code, MemberNames names) {
        this.code = code;
        this.names = names;
    }

    @GetMapping("/admin/network/code")
    String index(Model model) {
        model.addAttribute("conduct", code.versions(CodeKind.CODE_OF_CONDUCT));
        model.addAttribute("rules", code.versions(CodeKind.RULES_OF_WORK));
        return "network/code/admin/index";
    }

    @GetMapping("/admin/network/code/new")
    String newForm(@RequestParam(name = "kind", required = false) String kind, Model model) {
        model.addAttribute("kind", kind == null ? CodeKind.CODE_OF_CONDUCT : CodeKind.fromSlug(kind));
        model.addAttribute("version", null);
        model.addAttribute("languages", Language.values());
        return "network/code/admin/form";
    }

    @PostMapping("/admin/network/code/new")
    String create(@RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "authoritative", required = false) Language authoritative,
                  @RequestParam(name = "titleSq", required = false) String titleSq,
                  @RequestParam(name = "titleSr", required = false) String titleSr,
                  @RequestParam(name = "titleEn", required = false) String titleEn,
                  @RequestParam(name = "textSq", required = false) String textSq,
                  @RequestParam(name = "textSr", required = false) String textSr,
                  @RequestParam(name = "textEn", required = false) String textEn, RedirectAttributes redirect) {
        CodeKind k = kind == null ? CodeKind.CODE_OF_CONDUCT : CodeKind.fromSlug(kind);
        try {
            CodeVersion v = code.draft(k, new ManageCode.Words(authoritative, titleSq, titleSr, titleEn, textSq, textSr, textEn));
            redirect.addFlashAttribute("flash", "network-code.admin.flash.saved");
            return "redirect:/admin/network/code/" + v.getId();
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return "redirect:/admin/network/code/new?kind=" + k.slug();
        }
    }

    @GetMapping("/admin/network/code/{id}")
    String version(@PathVariable("id") long id, Locale locale, Model model) {
        CodeVersion v = code.find(id);
        model.addAttribute("version", v);
        model.addAttribute("kind", v.getKind());
        model.addAttribute("languages", Language.values());
        model.addAttribute("authoritative", v.authoritativeLanguage());
        if (v.isAdopted()) {
            var pending = code.notAccepted(id);
            model.addAttribute("pending", pending);
            model.addAttribute("names", names.organisations(pending.stream().map(MemberSummary::organisationId).toList(), locale));
            model.addAttribute("acceptedCount", code.acceptedBy(id).size());
            model.addAttribute("reminders", code.reminders(id));
        }
        return "network/code/admin/form";
    }

    @PostMapping("/admin/network/code/{id}")
    String save(@PathVariable("id") long id,
                @RequestParam(name = "authoritative", required = false) Language authoritative,
                @RequestParam(name = "titleSq", required = false) String titleSq,
                @RequestParam(name = "titleSr", required = false) String titleSr,
                @RequestParam(name = "titleEn", required = false) String titleEn,
                @RequestParam(name = "textSq", required = false) String textSq,
                @RequestParam(name = "textSr", required = false) String textSr,
                @RequestParam(name = "textEn", required = false) String textEn, RedirectAttributes redirect) {
        return act(id, redirect, "network-code.admin.flash.saved", () ->
                code.edit(id, new ManageCode.Words(authoritative, titleSq, titleSr, titleEn, textSq, textSr, textEn)));
    }

    @PostMapping("/admin/network/code/{id}/adopt")
    String adopt(@PathVariable("id") long id, @RequestParam(name = "adoptedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                 RedirectAttributes redirect) {
        return act(id, redirect, "network-code.admin.flash.adopted", () -> code.adopt(id, adoptedOn));
    }

    @PostMapping("/admin/network/code/{id}/remind")
    String remind(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                  RedirectAttributes redirect) {
        return act(id, redirect, "network-code.admin.flash.reminded", () -> code.remind(id, organisationId));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/network/code/" + id;
    }
}

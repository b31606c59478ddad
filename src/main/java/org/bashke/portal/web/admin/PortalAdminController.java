package org.bashke.portal.web.admin;

import java.util.List;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.portal.search.RebuildSearchIndex;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.TranslationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's back-office start page, the list of missing translations, and the search rebuild. */
@Controller
class PortalAdminController {

    private final Articles articles;
    private final PortalEvents events;
    private final RebuildSearchIndex rebuild;
    private final ContentRights rights;

    PortalAdminController(Articles articles, PortalEvents events, RebuildSearchIndex rebuild, ContentRights rights) {
        this.articles = articles;
        this.events = events;
        this.rebuild = rebuild;
        this.rights = rights;
    }

    @GetMapping("/admin/portal")
    String index(Model model) {
        // hub coordinators see only what they may use
        model.addAttribute("secretariat", rights.isSecretariat());
        return "portal/admin/index";
    }

    /** What still lacks an Albanian or a Serbian version (English is welcome but not required). */
    @GetMapping("/admin/portal/translations")
    String translations(Model model) {
        List<MissingTranslation> missing = new java.util.ArrayList<>();
        for (Article a : articles.findAll()) {
            List<LocalizedText> texts = java.util.Arrays.asList(a.getTitle(), a.getSummary(), a.getBody());
            if (lacks(texts, Language.SQ) || lacks(texts, Language.SR)) {
                missing.add(new MissingTranslation(a.getKind().section(), a.getId(), a.getTitle(),
                        lacks(texts, Language.SQ), lacks(texts, Language.SR)));
            }
        }
        for (PortalEvent e : events.findAll()) {
            List<LocalizedText> texts = java.util.Arrays.asList(e.getTitle(), e.getDescription());
            if (lacks(texts, Language.SQ) || lacks(texts, Language.SR)) {
                missing.add(new MissingTranslation("events", e.getId(), e.getTitle(), lacks(texts, Language.SQ), lacks(texts, Language.SR)));
            }
        }
        model.addAttribute("missing", missing);
        return "portal/admin/translations";
    }

    public record MissingTranslation(String section, long id, LocalizedText title, boolean lacksAlbanian, boolean lacksSerbian) {
    }

    /** An empty text has nothing to translate; a text present in some language but not this one lacks it. */
    static boolean lacks(List<LocalizedText> texts, Language language) {
        return texts.stream().anyMatch(t -> t != null && !t.isEmpty() && t.status(language) == TranslationStatus.MISSING);
    }

    @PostMapping("/admin/portal/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        rebuild.rebuild();
        redirect.addFlashAttribute("flash", "portal.admin.search.rebuilt");
        return "redirect:/admin/portal";
    }

}

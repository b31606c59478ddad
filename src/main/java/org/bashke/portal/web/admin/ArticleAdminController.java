package org.bashke.portal.web.admin;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleKind;
import org.bashke.portal.content.ArticleVersions;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.content.EditArticle;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.portal.events.PortalEvent;
import org.bashke.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** News and pages in the back office: the same workflow, at /admin/portal/news and /admin/portal/pages. */
@Controller
@RequestMapping("/admin/portal/{section:news|pages}")
class ArticleAdminController {

    private final Articles articles;
    private final EditArticle edit;
    private final ArticleVersions versions;
    private final ContentRights rights;
    private final HubLookup hubs;

    ArticleAdminController(Articles articles, EditArticle edit, ArticleVersions versions, ContentRights rights, HubLookup hubs) {
        this.articles = articles;
        this.edit = edit;
        this.versions = versions;
        this.rights = rights;
        this.hubs = hubs;
    }

    @InitBinder("article")
    void allowed(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void common(@PathVariable String section, Model model) {
        ArticleKind kind = ArticleKind.ofSection(section);
        model.addAttribute("section", section);
        model.addAttribute("kind", kind);
        model.addAttribute("topicValues", Topic.values());
        model.addAttribute("hubsById", hubs.byId());
        model.addAttribute("hubChoices", rights.isSecretariat() ? hubs.hubs()
                : hubs.hubs().stream().filter(h -> rights.coordinatedHubs().contains(h.id())).toList());
        model.addAttribute("secretariat", rights.isSecretariat());
    }

    /** Rows of the editors' list per page: the national portal holds tens of thousands of news items. */
    static final int PAGE_SIZE = 50;

    @GetMapping
    String list(@PathVariable String section, @RequestParam(defaultValue = "0") int page, Model model) {
        ArticleKind kind = ArticleKind.ofSection(section);
        org.springframework.data.domain.PageRequest request = org.springframework.data.domain.PageRequest.of(
                Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("articles", rights.isSecretariat() ? articles.findByKindOrderByUpdatedAtDescIdDesc(kind, request)
                : articles.findByKindAndHubIdInOrderByUpdatedAtDescIdDesc(kind, rights.coordinatedHubs(), request));
        return "portal/admin/articles";
    }

    @GetMapping("/new")
    String createForm(@PathVariable String section, Model model) {
        model.addAttribute("article", new ArticleForm());
        return "portal/admin/article-form";
    }

    @PostMapping
    String create(@PathVariable String section, @Valid @ModelAttribute("article") ArticleForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "portal/admin/article-form";
        }
        ArticleKind kind = ArticleKind.ofSection(section);
        EditArticle.Outcome outcome = edit.create(kind, form.getSlug(), form.getHubId(), form.content());
        if (!outcome.ok()) {
            reject(errors, outcome.problems());
            return "portal/admin/article-form";
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/" + section + "/" + outcome.id() + "/edit";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable String section, @PathVariable long id, Model model) {
        Article a = load(section, id);
        model.addAttribute("article", ArticleForm.of(a));
        return editView(a, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable String section, @PathVariable long id, @Valid @ModelAttribute("article") ArticleForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Article a = load(section, id);
        if (errors.hasErrors()) {
            return editView(a, model);
        }
        EditArticle.Outcome outcome = edit.edit(id, form.getHubId(), form.getSlug(), form.content());
        if (!outcome.ok()) {
            reject(errors, outcome.problems());
            return editView(a, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/" + section + "/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/submit")
    String submit(@PathVariable String section, @PathVariable long id, RedirectAttributes redirect) {
        load(section, id);
        return transition(section, id, () -> edit.submit(id), "portal.admin.submitted", redirect);
    }

    @PostMapping("/{id:\\d+}/return")
    String returnToDraft(@PathVariable String section, @PathVariable long id, RedirectAttributes redirect) {
        load(section, id);
        return transition(section, id, () -> edit.returnToDraft(id), "portal.admin.returned", redirect);
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable String section, @PathVariable long id, RedirectAttributes redirect) {
        load(section, id);
        return transition(section, id, () -> edit.publish(id), "portal.admin.published", redirect);
    }

    @PostMapping("/{id:\\d+}/schedule")
    String schedule(@PathVariable String section, @PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
                    Model model, RedirectAttributes redirect) {
        Article a = load(section, id);
        List<Problem> problems;
        try {
            problems = edit.schedule(id, publishAt == null ? null : publishAt.atZone(PortalEvent.ZONE).toInstant());
        } catch (IllegalStateException e) {
            problems = List.of(new Problem("publishAt", "portal.admin.transition.refused"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("article", ArticleForm.of(a));
            model.addAttribute("scheduleProblem", problems.get(0).key());
            return editView(a, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.scheduled");
        return "redirect:/admin/portal/" + section + "/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/unpublish")
    String unpublish(@PathVariable String section, @PathVariable long id, @RequestParam(required = false) String reason,
                     Model model, RedirectAttributes redirect) {
        Article a = load(section, id);
        List<Problem> problems;
        try {
            problems = edit.unpublish(id, reason);
        } catch (IllegalStateException e) {
            problems = List.of(new Problem("reason", "portal.admin.transition.refused"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("article", ArticleForm.of(a));
            model.addAttribute("unpublishProblem", problems.get(0).key());
            return editView(a, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.unpublished");
        return "redirect:/admin/portal/" + section + "/" + id + "/edit";
    }

    @GetMapping("/{id:\\d+}/versions")
    String versions(@PathVariable String section, @PathVariable long id, Model model) {
        Article a = load(section, id);
        rights.requireWrite(a.getKind(), a.getHubId());
        model.addAttribute("entity", a);
        model.addAttribute("versions", versions.of(id));
        return "portal/admin/article-versions";
    }

    private String transition(String section, long id, Runnable change, String flash, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flash", "portal.admin.transition.refused");
        }
        return "redirect:/admin/portal/" + section + "/" + id + "/edit";
    }

    private String editView(Article a, Model model) {
        rights.requireWrite(a.getKind(), a.getHubId());
        model.addAttribute("entity", a);
        return "portal/admin/article-form";
    }

    private Article load(String section, long id) {
        ArticleKind kind = ArticleKind.ofSection(section);
        return articles.findById(id).filter(a -> a.getKind() == kind).orElseThrow(() -> new NotFoundException("article", id));
    }

    private static void reject(BindingResult errors, List<Problem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.key()));
    }
}

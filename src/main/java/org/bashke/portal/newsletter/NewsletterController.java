package org.bashke.portal.newsletter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.portal.text.Markdown;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Newsletters: the secretariat writes, previews and sends them ({@code /admin/portal/newsletters}) and
 * follows the progress of a sending by reloading its page; everyone reads the archive ({@code /newsletters}).
 */
@Controller
class NewsletterController {

    private final Newsletters newsletters;
    private final Directory directory;

    NewsletterController(Newsletters newsletters, Directory directory) {
        this.newsletters = newsletters;
        this.directory = directory;
    }

    // ---- public archive

    @GetMapping("/newsletters")
    String archive(Model model) {
        model.addAttribute("newsletters", newsletters.archive());
        return "portal/newsletters";
    }

    @GetMapping("/newsletters/{id}")
    String read(@PathVariable long id, Model model, Locale locale) {
        Newsletter n = newsletters.published(id);
        model.addAttribute("newsletter", n);
        model.addAttribute("bodyHtml", Markdown.toSafeHtml(n.body().display(locale)));
        return "portal/newsletter";
    }

    // ---- the secretariat

    @GetMapping("/admin/portal/newsletters")
    String list(Model model) {
        List<Newsletter> all = newsletters.all();
        model.addAttribute("newsletters", all);
        model.addAttribute("progress", all.stream().filter(n -> !n.isDraft())
                .collect(Collectors.toMap(Newsletter::id, n -> newsletters.progress(n.id()))));
        return "portal/admin/newsletters";
    }

    /** A blank form, or with {@code ?recent=true} one that starts from the items published in the last two weeks. */
    @GetMapping("/admin/portal/newsletters/new")
    String newForm(@RequestParam(defaultValue = "false") boolean recent, Model model) {
        NewsletterForm form = new NewsletterForm();
        if (recent) {
            form.setBodySq(newsletters.recentItems(Language.SQ));
            form.setBodySr(newsletters.recentItems(Language.SR));
            form.setBodyEn(newsletters.recentItems(Language.EN));
        }
        model.addAttribute("newsletterForm", form);
        return form(model, null);
    }

    @PostMapping("/admin/portal/newsletters")
    String create(@ModelAttribute("newsletterForm") NewsletterForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Newsletters.Result result = newsletters.compose(form.draft());
        if (!result.ok()) {
            reject(errors, result.problems());
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "portal.newsletter.saved");
        return "redirect:/admin/portal/newsletters/" + result.id();
    }

    @GetMapping("/admin/portal/newsletters/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Newsletter n = newsletters.forSecretariat(id);
        model.addAttribute("newsletterForm", NewsletterForm.of(n));
        return form(model, n);
    }

    @PostMapping("/admin/portal/newsletters/{id}")
    String update(@PathVariable long id, @ModelAttribute("newsletterForm") NewsletterForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Newsletter n = newsletters.forSecretariat(id);
        if (errors.hasErrors()) {
            return form(model, n);
        }
        Newsletters.Result result = newsletters.update(id, form.draft());
        if (!result.ok()) {
            reject(errors, result.problems());
            return form(model, n);
        }
        redirect.addFlashAttribute("flash", "portal.newsletter.saved");
        return "redirect:/admin/portal/newsletters/" + id;
    }

    /** The preview: the texts in each language as subscribers will read them, the audience, and the progress. */
    @GetMapping("/admin/portal/newsletters/{id}")
    String preview(@PathVariable long id, Model model) {
        Newsletter n = newsletters.forSecretariat(id);
        model.addAttribute("newsletter", n);
        model.addAttribute("previews", java.util.Arrays.stream(Language.values()).map(l -> {
            Locale locale = Locale.forLanguageTag(l.tag());
            return new Preview(l, n.subject().display(locale), n.body().display(locale),
                    n.subject().get(l) == null || n.body().get(l) == null);
        }).toList());
        model.addAttribute("hub", n.hubCode() == null ? null : hubsByCode().get(n.hubCode()));
        if (n.isDraft()) {
            model.addAttribute("audience", newsletters.audienceSize(n.hubCode(), n.topic(), n.membersOnly()));
        } else {
            model.addAttribute("progress", newsletters.progress(id));
        }
        return "portal/admin/newsletter";
    }

    @PostMapping("/admin/portal/newsletters/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        newsletters.forSecretariat(id);
        List<Problem> problems = newsletters.send(id);
        redirect.addFlashAttribute("flash", problems.isEmpty() ? "portal.newsletter.queued" : problems.get(0).key());
        return "redirect:/admin/portal/newsletters/" + id;
    }

    private String form(Model model, Newsletter n) {
        model.addAttribute("entity", n);
        model.addAttribute("hubs", directory.hubs());
        model.addAttribute("topicValues", Topic.values());
        return "portal/admin/newsletter-form";
    }

    private Map<String, HubSummary> hubsByCode() {
        return directory.hubs().stream().collect(Collectors.toMap(HubSummary::code, Function.identity(), (a, b) -> a));
    }

    /** The newsletter as a subscriber reading this language will get it. */
    record Preview(Language language, String subject, String body, boolean fallback) {
    }

    private static void reject(BindingResult errors, List<Problem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.key()));
    }
}

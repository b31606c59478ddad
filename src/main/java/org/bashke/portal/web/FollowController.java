package org.bashke.portal.web;

import java.util.List;
import java.util.Locale;
import org.bashke.identity.CurrentUser;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.portal.follow.Frequency;
import org.bashke.portal.follow.Subscriptions;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow topics, hubs and kinds of record and get a digest. The links in e-mails open a page with one
 * button rather than acting on the GET itself: mail scanners fetch links, and must not confirm or
 * unsubscribe anybody.
 */
@Controller
class FollowController {

    private final Subscriptions subscriptions;
    private final CurrentUser currentUser;
    private final HubLookup hubs;

    FollowController(Subscriptions subscriptions, CurrentUser currentUser, HubLookup hubs) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.hubs = hubs;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("topicValues", Topic.values());
        model.addAttribute("hubValues", hubs.hubs());
        model.addAttribute("typeValues", subscriptions.followableTypes());
        model.addAttribute("frequencyValues", Frequency.values());
        model.addAttribute("languageValues", Language.values());
    }

    @GetMapping("/follow")
    String form(Model model, Locale locale) {
        var mine = subscriptions.ofCurrentAccount();
        FollowForm form = mine.map(FollowForm::of).orElseGet(FollowForm::new);
        if (mine.isEmpty()) {
            form.setLanguage(currentUser.get().map(u -> u.languageTag()).map(Locale::forLanguageTag).map(Language::of)
                    .orElse(Language.of(locale)));
        }
        model.addAttribute("follow", form);
        model.addAttribute("following", mine.isPresent());
        return "portal/follow";
    }

    @PostMapping("/follow")
    String follow(@ModelAttribute("follow") FollowForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        boolean loggedIn = currentUser.loggedIn();
        List<Problem> problems = loggedIn ? subscriptions.followAsAccount(form.choices())
                : subscriptions.requestByEmail(form.getEmail(), form.choices());
        if (!problems.isEmpty()) {
            // "what to follow" is three groups of boxes; its message sits at the first
            problems.forEach(p -> errors.rejectValue("follows".equals(p.field()) ? "topics" : p.field(), p.key()));
            model.addAttribute("following", loggedIn && subscriptions.ofCurrentAccount().isPresent());
            return "portal/follow";
        }
        if (loggedIn) {
            redirect.addFlashAttribute("flash", "portal.follow.saved");
            return "redirect:/follow";
        }
        return "portal/follow-sent";
    }

    @PostMapping("/follow/stop")
    String stop(RedirectAttributes redirect) {
        subscriptions.stopAsAccount();
        redirect.addFlashAttribute("flash", "portal.follow.stopped");
        return "redirect:/follow";
    }

    @GetMapping("/follow/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("action", "confirm");
        return "portal/follow-link";
    }

    @PostMapping("/follow/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("outcome", subscriptions.confirm(token) ? "confirmed" : "invalid");
        return "portal/follow-done";
    }

    @GetMapping("/follow/unsubscribe")
    String unsubscribePage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("action", "unsubscribe");
        return "portal/follow-link";
    }

    @PostMapping("/follow/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model) {
        // a link already used says "you are unsubscribed" again: the reader's wish holds either way
        model.addAttribute("outcome", subscriptions.unsubscribe(token).map(removed -> "unsubscribed").orElse("invalid"));
        return "portal/follow-done";
    }
}

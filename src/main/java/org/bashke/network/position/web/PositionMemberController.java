package org.bashke.network.position.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.network.position.CommentOnPosition;
import org.bashke.network.position.PositionRuleBroken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member consultation: members read the draft position and the comments, and comment for their organisation. */
@Controller
class PositionMemberController {

    private final CommentOnPosition consultation;
    private final Directory directory;

    PositionMemberController(CommentOnPosition consultation, Directory directory) {
        this.consultation = consultation;
        this.directory = directory;
    }

    @GetMapping("/network/member-consultations")
    String list(Model model) {
        model.addAttribute("positions", consultation.underConsultation());
        return "network/position/consultations";
    }

    @GetMapping("/network/member-consultations/{id}")
    String show(@PathVariable("id") long id, Model model, Locale locale) {
        return page(id, null, null, model, locale);
    }

    @PostMapping("/network/member-consultations/{id}/comments")
    String comment(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                   @RequestParam(name = "body", required = false) String body, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if (organisationId == null) {
                throw new PositionRuleBroken("network.position.rule.notYourOrganisation");
            }
            consultation.comment(id, organisationId, body);
            redirect.addFlashAttribute("flash", "network.position.flash.commented");
            return "redirect:/network/member-consultations/" + id + "#comments";
        } catch (PositionRuleBroken e) {
            return page(id, e.messageKey(), body, model, locale);
        }
    }

    private String page(long id, String problem, String body, Model model, Locale locale) {
        CommentOnPosition.MemberView view = consultation.view(id);
        model.addAttribute("view", view);
        model.addAttribute("problem", problem);
        model.addAttribute("body", body);
        java.util.Set<Long> orgIds = new java.util.HashSet<>(view.myOrganisations());
        view.comments().forEach(c -> orgIds.add(c.getOrganisationId()));
        Map<Long, String> names = directory.organisations(orgIds).stream()
                .collect(Collectors.toMap(o -> o.id(), o -> o.name().display(locale)));
        model.addAttribute("orgNames", names);
        return "network/position/consultation";
    }
}

package org.bashke.identity.invitation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.bashke.identity.invitation.AcceptInvitation;
import org.bashke.identity.invitation.Invitation;
import org.bashke.identity.invitation.InvitationRefused;
import org.bashke.identity.roles.Scopes;
import org.springframework.http.HttpStatus;
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

/**
 * The page an invitation link opens. The link carries {@code ?lang=} of the invitation, so even a
 * dead link is explained in the language the person was written to in.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

    public static class AcceptForm {
        private String displayName;
        private String password;
        private String passwordRepeat;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getPasswordRepeat() { return passwordRepeat; }
        public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
    }

    private final AcceptInvitation acceptInvitation;
    private final Scopes scopes;

    InvitationController(AcceptInvitation acceptInvitation, Scopes scopes) {
        this.acceptInvitation = acceptInvitation;
        this.scopes = scopes;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "email");
    }

    @GetMapping
    String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        AcceptInvitation.Lookup lookup = acceptInvitation.lookup(token).orElse(null);
        if (lookup == null || !lookup.open()) {
            return closed(lookup, model, response);
        }
        AcceptForm form = new AcceptForm();
        form.setDisplayName(lookup.invitation().getDisplayName());
        model.addAttribute("acceptForm", form);
        return page(lookup, token, model, locale);
    }

    @PostMapping
    String accept(@PathVariable String token, @ModelAttribute("acceptForm") AcceptForm form, BindingResult errors,
                  Model model, Locale locale, HttpServletResponse response) {
        AcceptInvitation.Lookup lookup = acceptInvitation.lookup(token).orElse(null);
        if (lookup == null || !lookup.open()) {
            return closed(lookup, model, response);
        }
        try {
            if (lookup.accountExists()) {
                acceptInvitation.acceptWithExistingAccount(token, form.getPassword());
            } else {
                acceptInvitation.acceptAsNewPerson(token, form.getDisplayName(), form.getPassword(), form.getPasswordRepeat());
            }
        } catch (InvitationRefused refused) {
            refused.errors().forEach(e -> errors.rejectValue(fieldOf(e.field()), e.key()));
            form.setPassword(null);
            form.setPasswordRepeat(null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(acceptInvitation.lookup(token).orElse(lookup), token, model, locale);
        }
        model.addAttribute("existing", lookup.accountExists());
        model.addAttribute("roleKey", "role." + lookup.invitation().getRole().name());
        return "identity/people/invitation-accepted";
    }

    /** Errors about the link itself are shown beside the password: the only field left to act on. */
    private static String fieldOf(String field) {
        return "token".equals(field) ? "password" : field;
    }

    private String page(AcceptInvitation.Lookup lookup, String token, Model model, Locale locale) {
        Invitation invitation = lookup.invitation();
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("existing", lookup.accountExists());
        model.addAttribute("roleKey", "role." + invitation.getRole().name());
        model.addAttribute("scopeName", scopes.name(invitation.getRole().scopeKind(), invitation.getScopeId(), locale));
        return "identity/people/invitation";
    }

    private String closed(AcceptInvitation.Lookup lookup, Model model, HttpServletResponse response) {
        String reason = lookup == null ? "unknown" : lookup.status().name().toLowerCase(Locale.ROOT);
        response.setStatus(lookup == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("reasonKey", "identity.invitation.closed." + reason);
        return "identity/people/invitation-closed";
    }
}

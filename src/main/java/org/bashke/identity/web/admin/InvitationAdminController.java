package org.bashke.identity.web.admin;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.invitation.Invitation;
import org.bashke.identity.invitation.InvitationLanguages;
import org.bashke.identity.invitation.InvitationRefused;
import org.bashke.identity.invitation.InvitationRepository;
import org.bashke.identity.invitation.InvitationStatus;
import org.bashke.identity.invitation.InvitePerson;
import org.bashke.identity.invitation.RevokeInvitation;
import org.bashke.identity.people.PageLinks;
import org.bashke.identity.roles.Actors;
import org.bashke.identity.roles.Scopes;
import org.bashke.shared.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

/** The secretariat invites people to take a role, and follows what became of each invitation. */
@Controller
@RequestMapping("/admin/invitations")
class InvitationAdminController {

    /** Enough to catch a typo; the mail itself proves the address. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static class InviteForm {
        private String email;
        private String displayName;
        private String languageTag = "sq";
        private Role role;
        private Long organisationId;
        private Long hubId;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getLanguageTag() { return languageTag; }
        public void setLanguageTag(String languageTag) { this.languageTag = languageTag; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public Long getHubId() { return hubId; }
        public void setHubId(Long hubId) { this.hubId = hubId; }
    }

    record InvitationRow(long id, String email, String displayName, Role role, String scopeName, String invitedBy,
                         String createdAt, String expiresAt, InvitationStatus status, Long acceptedAccountId) {
    }

    private final InvitationRepository invitations;
    private final InvitePerson invitePerson;
    private final RevokeInvitation revokeInvitation;
    private final Actors actors;
    private final Scopes scopes;
    private final ScopePicker picker;

    InvitationAdminController(InvitationRepository invitations, InvitePerson invitePerson, RevokeInvitation revokeInvitation,
                              Actors actors, Scopes scopes, ScopePicker picker) {
        this.invitations = invitations;
        this.invitePerson = invitePerson;
        this.revokeInvitation = revokeInvitation;
        this.actors = actors;
        this.scopes = scopes;
        this.picker = picker;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) InvitationStatus status, @RequestParam(defaultValue = "0") int page,
                Model model, Locale locale) {
        Pageable pageable = PageRequest.of(Math.max(0, page), UserAdminController.PAGE_SIZE);
        Instant now = Instant.now();
        Page<Invitation> found = status == null ? invitations.findAllByOrderByCreatedAtDesc(pageable) : switch (status) {
            case PENDING -> invitations.findPending(now, pageable);
            case ACCEPTED -> invitations.findAccepted(pageable);
            case EXPIRED -> invitations.findExpired(now, pageable);
            case REVOKED -> invitations.findRevoked(pageable);
        };
        model.addAttribute("status", status);
        model.addAttribute("statuses", InvitationStatus.values());
        model.addAttribute("invitations", found.getContent().stream().map(i -> new InvitationRow(i.getId(), i.getEmail(),
                i.getDisplayName(), i.getRole(), scopes.name(i.getRole().scopeKind(), i.getScopeId(), locale), i.getInvitedByName(),
                PageLinks.dateTime(i.getCreatedAt()), PageLinks.dateTime(i.getExpiresAt()), i.status(now), i.getAcceptedAccountId())).toList());
        model.addAttribute("paging", PageLinks.of(found));
        return "identity/admin/invitations";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String orgQuery, @RequestParam(required = false) OrganisationType orgType,
                Model model, Locale locale) {
        model.addAttribute("inviteForm", new InviteForm());
        return formPage(model, orgQuery, orgType, null, locale);
    }

    @PostMapping
    String invite(@ModelAttribute("inviteForm") InviteForm form, BindingResult errors, @RequestParam(required = false) String orgQuery,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (form.getEmail() == null || !EMAIL.matcher(form.getEmail().strip()).matches() || form.getEmail().length() > 320) {
            errors.rejectValue("email", "identity.invitation.form.email.invalid");
        }
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            errors.rejectValue("displayName", "identity.invitation.form.name.missing");
        } else if (form.getDisplayName().strip().length() > 200) {
            errors.rejectValue("displayName", "identity.invitation.form.name.tooLong");
        }
        if (!InvitationLanguages.supported(form.getLanguageTag())) {
            errors.rejectValue("languageTag", "identity.invitation.form.language.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                invitePerson.invite(actors.current(), new InvitePerson.Request(form.getEmail().strip(), form.getDisplayName().strip(),
                        form.getLanguageTag(), form.getRole(), form.getOrganisationId(), form.getHubId()));
                redirect.addFlashAttribute("flash", "identity.invitation.sent");
                return "redirect:/admin/invitations";
            } catch (InvitationRefused refused) {
                refused.errors().forEach(e -> errors.rejectValue(e.field(), e.key()));
            }
        }
        return formPage(model, orgQuery, null, form.getOrganisationId(), locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            revokeInvitation.revoke(actors.current(), id);
            redirect.addFlashAttribute("flash", "identity.invitation.revoked");
        } catch (InvitationRefused refused) {
            redirect.addFlashAttribute("actionError", refused.errors().get(0).key());
        }
        return "redirect:/admin/invitations";
    }

    private String formPage(Model model, String orgQuery, OrganisationType orgType, Long chosenOrganisationId, Locale locale) {
        model.addAttribute("languages", InvitationLanguages.TAGS);
        picker.fill(model, orgQuery, orgType, chosenOrganisationId, locale);
        return "identity/admin/invite";
    }
}

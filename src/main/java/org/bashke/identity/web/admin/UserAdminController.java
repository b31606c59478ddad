package org.bashke.identity.web.admin;

import java.util.List;
import java.util.Locale;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.people.ChangeAccountStatus;
import org.bashke.identity.people.PageLinks;
import org.bashke.identity.people.UserSearch;
import org.bashke.identity.roles.Actors;
import org.bashke.identity.roles.GrantRole;
import org.bashke.identity.roles.RevokeRole;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.identity.roles.RoleChangeRefused;
import org.bashke.identity.roles.RoleGrantPolicy;
import org.bashke.identity.roles.Scopes;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** The secretariat's list of accounts, and one account's roles and status. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 25;

    /** What the grant form sends; the organisation or the hub is read as the role needs. */
    public static class GrantForm {
        private Role role;
        private Long organisationId;
        private Long hubId;

        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public Long getHubId() { return hubId; }
        public void setHubId(Long hubId) { this.hubId = hubId; }
    }

    record AccountRow(long id, String displayName, String email, AccountStatus status, String createdAt) {
    }

    record AssignmentRow(long id, Role role, String scopeName, String grantedBy, String grantedAt,
                         String revokedBy, String revokedAt, boolean active) {
    }

    private final UserSearch search;
    private final AccountRepository accounts;
    private final RoleAssignmentRepository assignments;
    private final AffiliationRepository affiliations;
    private final GrantRole grantRole;
    private final RevokeRole revokeRole;
    private final ChangeAccountStatus changeStatus;
    private final Actors actors;
    private final Scopes scopes;
    private final ScopePicker picker;

    UserAdminController(UserSearch search, AccountRepository accounts, RoleAssignmentRepository assignments,
                        AffiliationRepository affiliations, GrantRole grantRole, RevokeRole revokeRole,
                        ChangeAccountStatus changeStatus, Actors actors, Scopes scopes, ScopePicker picker) {
        this.search = search;
        this.accounts = accounts;
        this.assignments = assignments;
        this.affiliations = affiliations;
        this.grantRole = grantRole;
        this.revokeRole = revokeRole;
        this.changeStatus = changeStatus;
        this.actors = actors;
        this.scopes = scopes;
        this.picker = picker;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) AccountStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Account> found = search.find(q, role, status, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("statuses", AccountStatus.values());
        model.addAttribute("accounts", found.getContent().stream()
                .map(a -> new AccountRow(a.getId(), a.getDisplayName(), a.getEmail(), a.getStatus(), PageLinks.dateTime(a.getCreatedAt())))
                .toList());
        model.addAttribute("paging", PageLinks.of(found));
        return "identity/admin/users";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String orgQuery,
                @RequestParam(required = false) OrganisationType orgType, Model model, Locale locale) {
        model.addAttribute("grantForm", new GrantForm());
        return page(id, orgQuery, orgType, null, model, locale);
    }

    @PostMapping("/{id}/roles")
    String grant(@PathVariable long id, @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
                 @RequestParam(required = false) String orgQuery, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                grantRole.grant(actors.current(), id, form.getRole(), form.getOrganisationId(), form.getHubId());
                redirect.addFlashAttribute("flash", "identity.admin.user.granted");
                return "redirect:/admin/users/" + id;
            } catch (RoleChangeRefused refused) {
                errors.rejectValue(refused.refusal().field(), refused.refusal().key());
            } catch (DataIntegrityViolationException raced) {
                // the same grant made at the same moment by someone else: the unique index caught it
                errors.rejectValue("role", RoleGrantPolicy.Refusal.ALREADY_HELD.key());
            }
        }
        return page(id, orgQuery, null, form.getOrganisationId(), model, locale);
    }

    @PostMapping("/{id}/roles/{assignmentId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long assignmentId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            revokeRole.revoke(actors.current(), id, assignmentId);
        } catch (RoleChangeRefused refused) {
            model.addAttribute("grantForm", new GrantForm());
            model.addAttribute("actionError", refused.refusal().key());
            return page(id, null, null, null, model, locale);
        }
        redirect.addFlashAttribute("flash", "identity.admin.user.revoked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            changeStatus.disable(actors.current(), id);
        } catch (RoleChangeRefused refused) {
            model.addAttribute("grantForm", new GrantForm());
            model.addAttribute("actionError", refused.refusal().key());
            return page(id, null, null, null, model, locale);
        }
        redirect.addFlashAttribute("flash", "identity.admin.user.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        changeStatus.enable(actors.current(), id);
        redirect.addFlashAttribute("flash", "identity.admin.user.enabled");
        return "redirect:/admin/users/" + id;
    }

    private String page(long id, String orgQuery, OrganisationType orgType, Long chosenOrganisationId, Model model, Locale locale) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        List<AssignmentRow> rows = assignments.findByAccountIdOrderByGrantedAtDesc(id).stream()
                .map(a -> row(a, locale)).toList();
        model.addAttribute("account", account);
        model.addAttribute("createdAt", PageLinks.dateTime(account.getCreatedAt()));
        model.addAttribute("activeAssignments", rows.stream().filter(AssignmentRow::active).toList());
        model.addAttribute("revokedAssignments", rows.stream().filter(r -> !r.active()).toList());
        model.addAttribute("affiliationCount", affiliations.findByAccountIdOrderByRequestedAtDesc(id).size());
        picker.fill(model, orgQuery, orgType, chosenOrganisationId, locale);
        return "identity/admin/user";
    }

    private AssignmentRow row(RoleAssignment a, Locale locale) {
        return new AssignmentRow(a.getId(), a.getRole(), scopes.name(a.getScopeKind(), a.getScopeId(), locale), a.getGrantedBy(),
                PageLinks.dateTime(a.getGrantedAt()), a.getRevokedBy(), PageLinks.dateTime(a.getRevokedAt()), a.isActive());
    }
}

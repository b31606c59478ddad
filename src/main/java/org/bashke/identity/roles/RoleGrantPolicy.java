package org.bashke.identity.roles;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;

/**
 * Who may give or take which role, and for which organisation or hub. Named and kept apart from the
 * pages so the same rules hold for a grant on the user page, an invitation and a verified affiliation.
 */
public final class RoleGrantPolicy {

    /** Roles that run the platform: only an admin hands them out or takes them back. */
    static final Set<Role> STAFF_ROLES = Set.of(Role.ADMIN, Role.SECRETARIAT);

    private static final Set<OrganisationType> GOVERNMENT = Set.of(OrganisationType.PUBLIC_INSTITUTION, OrganisationType.MUNICIPALITY);

    /** Why a change was refused: the form field it concerns and the message shown next to it. */
    public enum Refusal {
        ROLE_MISSING("role"),
        ONLY_ADMIN_GRANTS_STAFF("role"),
        ORGANISATION_MISSING("organisationId"),
        ORGANISATION_UNKNOWN("organisationId"),
        OFFICER_NEEDS_INSTITUTION("organisationId"),
        REPRESENTATIVE_NEEDS_CSO("organisationId"),
        HUB_MISSING("hubId"),
        HUB_UNKNOWN("hubId"),
        ALREADY_HELD("role"),
        ALREADY_REVOKED("role"),
        ONLY_ADMIN_REVOKES_STAFF("role"),
        OWN_ADMIN("role"),
        OWN_ACCOUNT("status"),
        ONLY_ADMIN_DISABLES_STAFF("status");

        private final String field;

        Refusal(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String key() {
            return "identity.admin.refusal." + name();
        }
    }

    private RoleGrantPolicy() {
    }

    /**
     * May {@code actor} give {@code role} for {@code scope} to a person who now holds {@code active}?
     * The scope must fit the role (an officer acts for a public institution or a municipality, a
     * representative for a CSO, a coordinator for a hub); staff roles come only from an admin; a
     * role already held for the same scope is not granted twice.
     */
    public static Optional<Refusal> mayGrant(Actor actor, Role role, ScopeFacts scope, Collection<RoleAssignment> active) {
        if (role == null) {
            return Optional.of(Refusal.ROLE_MISSING);
        }
        if (STAFF_ROLES.contains(role) && !actor.admin()) {
            return Optional.of(Refusal.ONLY_ADMIN_GRANTS_STAFF);
        }
        Optional<Refusal> scopeRefusal = scopeRefusal(role, scope);
        if (scopeRefusal.isPresent()) {
            return scopeRefusal;
        }
        Long scopeId = role.scopeKind() == Role.ScopeKind.NONE ? null : scope.id();
        boolean held = active.stream().anyMatch(a -> a.isActive() && a.getRole() == role && Objects.equals(a.getScopeId(), scopeId));
        return held ? Optional.of(Refusal.ALREADY_HELD) : Optional.empty();
    }

    /** The scope part alone: also checked when an invitation is sent, before anybody holds anything. */
    public static Optional<Refusal> scopeRefusal(Role role, ScopeFacts scope) {
        switch (role.scopeKind()) {
            case ORGANISATION -> {
                if (scope == null || scope.kind() != Role.ScopeKind.ORGANISATION || scope.id() == null) {
                    return Optional.of(Refusal.ORGANISATION_MISSING);
                }
                if (!scope.exists()) {
                    return Optional.of(Refusal.ORGANISATION_UNKNOWN);
                }
                if (role == Role.GOVERNMENT_OFFICER && !GOVERNMENT.contains(scope.organisationType())) {
                    return Optional.of(Refusal.OFFICER_NEEDS_INSTITUTION);
                }
                if (role == Role.CSO_REPRESENTATIVE && scope.organisationType() != OrganisationType.CSO) {
                    return Optional.of(Refusal.REPRESENTATIVE_NEEDS_CSO);
                }
                return Optional.empty();
            }
            case HUB -> {
                if (scope == null || scope.kind() != Role.ScopeKind.HUB || scope.id() == null) {
                    return Optional.of(Refusal.HUB_MISSING);
                }
                return scope.exists() ? Optional.empty() : Optional.of(Refusal.HUB_UNKNOWN);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * May {@code actor} revoke this assignment? Staff roles only by an admin, and no admin takes
     * their own admin role away (the last admin would lock everyone out; another admin must do it).
     */
    public static Optional<Refusal> mayRevoke(Actor actor, RoleAssignment assignment) {
        if (!assignment.isActive()) {
            return Optional.of(Refusal.ALREADY_REVOKED);
        }
        if (STAFF_ROLES.contains(assignment.getRole()) && !actor.admin()) {
            return Optional.of(Refusal.ONLY_ADMIN_REVOKES_STAFF);
        }
        if (assignment.getRole() == Role.ADMIN && actor.is(assignment.getAccountId())) {
            return Optional.of(Refusal.OWN_ADMIN);
        }
        return Optional.empty();
    }

    /** May {@code actor} disable this account? Not their own, and a staff account only if they are an admin. */
    public static Optional<Refusal> mayDisable(Actor actor, long accountId, Collection<RoleAssignment> active) {
        if (actor.is(accountId)) {
            return Optional.of(Refusal.OWN_ACCOUNT);
        }
        boolean staff = active.stream().anyMatch(a -> a.isActive() && STAFF_ROLES.contains(a.getRole()));
        return staff && !actor.admin() ? Optional.of(Refusal.ONLY_ADMIN_DISABLES_STAFF) : Optional.empty();
    }
}

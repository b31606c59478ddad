package org.bashke.identity.roles;

import java.time.Instant;
import java.util.Objects;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountAccessChanged;
import org.bashke.identity.account.AccountRepository;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff member gives a person a role, scoped to an organisation or hub where the role asks for one. */
@Service
public class GrantRole {

    private final AccountRepository accounts;
    private final RoleAssignmentRepository assignments;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    GrantRole(AccountRepository accounts, RoleAssignmentRepository assignments, Scopes scopes, AuditLog audit,
              ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @throws RoleChangeRefused when the rules of {@link RoleGrantPolicy} refuse it
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public RoleAssignment grant(Actor actor, long accountId, Role role, Long organisationId, Long hubId) {
        accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        ScopeFacts scope = scopes.facts(role, organisationId, hubId);
        RoleGrantPolicy.mayGrant(actor, role, scope, assignments.findByAccountIdAndRevokedAtIsNull(accountId))
                .ifPresent(r -> {
                    throw new RoleChangeRefused(r);
                });
        return record(actor.name(), actor.name(), accountId, role, scope.id(), Instant.now());
    }

    /**
     * Grants without a staff member's rules, for a grant already decided: an accepted invitation, a
     * verified affiliation. The scope is still checked by {@link RoleAssignment}; a role already held is kept as is.
     */
    @Transactional
    public RoleAssignment grantDecided(String grantedBy, String auditActor, long accountId, Role role, Long scopeId) {
        Long scope = role.scopeKind() == Role.ScopeKind.NONE ? null : scopeId;
        return assignments.findByAccountIdAndRevokedAtIsNull(accountId).stream()
                .filter(a -> a.getRole() == role && Objects.equals(a.getScopeId(), scope))
                .findFirst()
                .orElseGet(() -> record(grantedBy, auditActor, accountId, role, scope, Instant.now()));
    }

    private RoleAssignment record(String grantedBy, String auditActor, long accountId, Role role, Long scopeId, Instant now) {
        RoleAssignment saved = assignments.saveAndFlush(new RoleAssignment(accountId, role, scopeId, grantedBy, now));
        audit.recordAs(auditActor, "identity.role.granted", "role_assignment", saved.getId(), null, RoleAssignmentSnapshot.of(saved));
        events.publishEvent(new AccountAccessChanged(accountId, false));
        return saved;
    }
}

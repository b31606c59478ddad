package org.bashke.identity.roles;

import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountAccessChanged;
import org.bashke.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff member takes a role back. The assignment stays, marked revoked, so history shows who held what when. */
@Service
public class RevokeRole {

    private final RoleAssignmentRepository assignments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RevokeRole(RoleAssignmentRepository assignments, AuditLog audit, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @param accountId the account the page was about: an assignment of another account is "not found"
     * @throws RoleChangeRefused when the rules of {@link RoleGrantPolicy} refuse it
     */
    @Transactional
    public void revoke(Actor actor, long accountId, long assignmentId) {
        RoleAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getAccountId() == accountId)
                .orElseThrow(() -> new NotFoundException("role assignment", assignmentId));
        RoleGrantPolicy.mayRevoke(actor, assignment).ifPresent(r -> {
            throw new RoleChangeRefused(r);
        });
        RoleAssignmentSnapshot before = RoleAssignmentSnapshot.of(assignment);
        assignment.revoke(actor.name(), Instant.now());
        assignments.saveAndFlush(assignment);
        audit.record("identity.role.revoked", "role_assignment", assignment.getId(), before, RoleAssignmentSnapshot.of(assignment));
        events.publishEvent(new AccountAccessChanged(accountId, true));
    }
}

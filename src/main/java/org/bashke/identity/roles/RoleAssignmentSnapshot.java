package org.bashke.identity.roles;

import java.time.Instant;
import org.bashke.shared.security.Role;

/** An assignment as the audit log keeps it. */
public record RoleAssignmentSnapshot(Long id, Long accountId, Role role, Role.ScopeKind scopeKind, Long scopeId,
                                     String grantedBy, Instant grantedAt, String revokedBy, Instant revokedAt) {

    public static RoleAssignmentSnapshot of(RoleAssignment a) {
        return new RoleAssignmentSnapshot(a.getId(), a.getAccountId(), a.getRole(), a.getScopeKind(), a.getScopeId(),
                a.getGrantedBy(), a.getGrantedAt(), a.getRevokedBy(), a.getRevokedAt());
    }
}

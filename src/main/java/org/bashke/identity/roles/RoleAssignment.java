package org.bashke.identity.roles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bashke.shared.security.Role;

/**
 * A role a person holds, scoped to one organisation or hub where the role asks for it
 * (a government officer of one ministry, a hub coordinator of one hub). Revoked, never deleted.
 */
@Entity
@Table(name = "identity_role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false)
    private Role.ScopeKind scopeKind;
    @Column(name = "scope_id")
    private Long scopeId;
    @Column(name = "granted_by", nullable = false)
    private String grantedBy;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RoleAssignment() {
    }

    /**
     * @throws IllegalArgumentException when the scope does not fit the role (a government officer
     *         without an institution, a secretariat member with one)
     */
    public RoleAssignment(Long accountId, Role role, Long scopeId, String grantedBy, Instant at) {
        if ((role.scopeKind() == Role.ScopeKind.NONE) != (scopeId == null)) {
            throw new IllegalArgumentException("scope does not fit role " + role);
        }
        this.accountId = accountId;
        this.role = role;
        this.scopeKind = role.scopeKind();
        this.scopeId = scopeId;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            this.revokedBy = by;
            this.revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Role getRole() { return role; }
    public Role.ScopeKind getScopeKind() { return scopeKind; }
    public Long getScopeId() { return scopeId; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
}

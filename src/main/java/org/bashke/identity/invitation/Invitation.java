package org.bashke.identity.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bashke.identity.account.Account;
import org.bashke.shared.security.Role;

/**
 * An invitation to take a role (with its scope) on the platform, sent to an e-mail address. It can
 * be accepted once, before it expires and unless the secretariat revoked it. Expiry is not stored
 * as a state: it is the passing of {@code expiresAt}.
 */
@Entity
@Table(name = "identity_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "language_tag", nullable = false)
    private String languageTag;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "scope_id")
    private Long scopeId;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "invited_by", nullable = false)
    private String invitedBy;
    @Column(name = "invited_by_name", nullable = false)
    private String invitedByName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_account_id")
    private Long acceptedAccountId;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(String email, String displayName, String languageTag, Role role, Long scopeId, String tokenHash,
                      String invitedBy, String invitedByName, Instant now, Instant expiresAt) {
        if ((role.scopeKind() == Role.ScopeKind.NONE) != (scopeId == null)) {
            throw new IllegalArgumentException("scope does not fit role " + role);
        }
        this.email = Account.normaliseEmail(email);
        this.displayName = displayName.strip();
        this.languageTag = languageTag;
        this.role = role;
        this.scopeId = scopeId;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedByName = invitedByName;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    public boolean isOpen(Instant now) {
        return status(now) == InvitationStatus.PENDING;
    }

    /** @throws IllegalStateException when it is not open any more */
    public void accept(long accountId, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is " + status(now));
        }
        this.acceptedAt = now;
        this.acceptedAccountId = accountId;
    }

    /** @throws IllegalStateException when it is not open any more */
    public void revoke(String by, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is " + status(now));
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getLanguageTag() { return languageTag; }
    public Role getRole() { return role; }
    public Long getScopeId() { return scopeId; }
    public String getInvitedBy() { return invitedBy; }
    public String getInvitedByName() { return invitedByName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Long getAcceptedAccountId() { return acceptedAccountId; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
}

package org.bashke.identity.invitation;

import java.time.Instant;
import org.bashke.shared.security.Role;

/** An invitation as the audit log keeps it: never its token. */
record InvitationSnapshot(Long id, String email, String displayName, String languageTag, Role role, Long scopeId,
                          String invitedBy, Instant expiresAt, Instant acceptedAt, Long acceptedAccountId,
                          Instant revokedAt, String revokedBy) {

    static InvitationSnapshot of(Invitation i) {
        return new InvitationSnapshot(i.getId(), i.getEmail(), i.getDisplayName(), i.getLanguageTag(), i.getRole(),
                i.getScopeId(), i.getInvitedBy(), i.getExpiresAt(), i.getAcceptedAt(), i.getAcceptedAccountId(),
                i.getRevokedAt(), i.getRevokedBy());
    }
}

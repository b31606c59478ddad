package org.bashke.identity.invitation;

import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.bashke.identity.roles.Actor;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat withdraws an invitation not yet accepted: its link stops working. */
@Service
public class RevokeInvitation {

    private final InvitationRepository invitations;
    private final AuditLog audit;

    RevokeInvitation(InvitationRepository invitations, AuditLog audit) {
        this.invitations = invitations;
        this.audit = audit;
    }

    /** @throws InvitationRefused when it was accepted, revoked or has expired already */
    @Transactional
    public void revoke(Actor actor, long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        Instant now = Instant.now();
        if (!invitation.isOpen(now)) {
            throw new InvitationRefused("id", "identity.invitation.revoke.notOpen");
        }
        InvitationSnapshot before = InvitationSnapshot.of(invitation);
        invitation.revoke(actor.name(), now);
        invitations.saveAndFlush(invitation);
        audit.record("identity.invitation.revoked", "invitation", invitationId, before, InvitationSnapshot.of(invitation));
    }
}

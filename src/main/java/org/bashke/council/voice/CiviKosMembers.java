package org.bashke.council.voice;

import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The rule behind {@link Audience#MEMBERS_ONLY}: who counts as a CiviKos member.
 *
 * <p>Until the network module keeps CiviKos's member register, a member is <b>a CSO acting through a
 * logged-in representative</b> (every registered CSO with a verified representative). When the register
 * exists, this class asks it instead — the one place to change.
 */
@Component
public class CiviKosMembers {

    private final CurrentUser currentUser;

    CiviKosMembers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the organisation may answer a members-only call, the current user acting for it. */
    public boolean mayAnswerFor(long organisationId) {
        return currentUser.actsFor(Role.CSO_REPRESENTATIVE, organisationId);
    }

    /** Whether the current reader sees what members-only calls received. */
    public boolean readerIsMember() {
        return !currentUser.scopes(Role.CSO_REPRESENTATIVE).isEmpty();
    }
}

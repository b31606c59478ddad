package org.bashke.council.meeting;

import java.time.LocalDate;
import org.bashke.council.body.Membership;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a body's meetings, checked in every use case (not only on the URL): the secretariat
 * and the body's officers run them; members answer invitations, comment on minutes and read restricted papers.
 */
@Component
public class MeetingRights {

    private final Membership membership;
    private final CurrentUser currentUser;

    MeetingRights(Membership membership, CurrentUser currentUser) {
        this.membership = membership;
        this.currentUser = currentUser;
    }

    public boolean mayManage(long bodyId) {
        return currentUser.has(Role.SECRETARIAT) || membership.mayManage(bodyId);
    }

    public void requireManage(long bodyId) {
        if (!mayManage(bodyId)) {
            throw new AccessDeniedException("not an officer of body " + bodyId);
        }
    }

    /** Whether the person logged in holds (or substitutes in) a seat of the body on the day. */
    public boolean isMember(long bodyId, LocalDate on) {
        return currentUser.accountId().map(id -> membership.isMember(bodyId, id, on)).orElse(false);
    }

    public boolean maySeePaper(Meeting meeting, Paper paper) {
        return PaperAccess.maySee(paper.isRestricted(), meeting.getStatus(),
                paper.isRestricted() && isMember(meeting.getBodyId(), meeting.getDate()),
                paper.isRestricted() && mayManage(meeting.getBodyId()));
    }

    public String actor() {
        return currentUser.actorName();
    }

    public CurrentUser currentUser() {
        return currentUser;
    }
}

package org.bashke.council.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who may do what with calls for input; the use cases ask here, the pages too (to show or hide a form). */
@Component
public class VoiceAccess {

    static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final CurrentUser currentUser;
    private final Membership membership;
    private final Directory directory;
    private final CiviKosMembers members;
    private final Clock clock;

    VoiceAccess(CurrentUser currentUser, Membership membership, Directory directory, CiviKosMembers members,
                ObjectProvider<Clock> clock) {
        this.currentUser = currentUser;
        this.membership = membership;
        this.directory = directory;
        this.members = members;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Opening calls, closing them, consolidating, reporting back: the secretariat or the body's CSO members. */
    public boolean mayStewardBody(long bodyId) {
        if (currentUser.has(Role.SECRETARIAT)) {
            return true;
        }
        return currentUser.accountId()
                .map(me -> CsoSideMembers.includes(membership.members(bodyId, today()), me))
                .orElse(false);
    }

    /** Whether the back office of calls has anything for this person. */
    public boolean mayStewardAny() {
        return currentUser.has(Role.SECRETARIAT)
                || currentUser.loggedIn() && membership.bodies().stream().anyMatch(b -> mayStewardBody(b.id()));
    }

    /**
     * The submission rule: the person is a representative of the organisation, the organisation is a CSO in
     * the directory, and for a members-only call it counts as a CiviKos member ({@link CiviKosMembers}).
     */
    public boolean maySubmitFor(CallForInput call, long organisationId) {
        if (!currentUser.actsFor(Role.CSO_REPRESENTATIVE, organisationId)) {
            return false;
        }
        boolean cso = directory.organisation(organisationId).map(o -> o.type() == OrganisationType.CSO).orElse(false);
        return cso && (call.getAudience() == Audience.PUBLIC || members.mayAnswerFor(organisationId));
    }

    /** The organisations the current person may submit input for on this call. */
    public List<Long> organisationsFor(CallForInput call) {
        return currentUser.scopes(Role.CSO_REPRESENTATIVE).stream().filter(o -> maySubmitFor(call, o)).sorted().toList();
    }

    /**
     * Whether the reader sees an input: its CSO's own representatives and the stewards always; others only
     * when the CSO made it public — and, for a members-only call, only when they are members themselves.
     */
    public boolean mayRead(CallForInput call, CsoInput input) {
        if (currentUser.actsFor(Role.CSO_REPRESENTATIVE, input.getOrganisationId()) || mayStewardBody(call.getBodyId())) {
            return true;
        }
        return input.isPublicInput() && (call.getAudience() == Audience.PUBLIC || members.readerIsMember());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(KOSOVO));
    }

    public Clock clock() {
        return clock;
    }
}

package org.bashke.network.complaint;

import java.util.Set;

/**
 * Who may see a complaint case: its handlers (the named accounts of its handling body), and the member
 * organisation concerned (its representatives) once the case has been opened to it. Nobody else: not the
 * secretariat, not an administrator, unless they are handlers.
 */
public final class ComplaintAccessPolicy {

    private ComplaintAccessPolicy() {
    }

    public static boolean handles(Set<Long> handlers, Long viewer) {
        return viewer != null && handlers.contains(viewer);
    }

    /** The member concerned sees the case only once it has been opened to it. */
    public static boolean memberSees(boolean openedToMember, long organisationConcerned, Set<Long> viewerRepresents) {
        return openedToMember && viewerRepresents.contains(organisationConcerned);
    }

    public static boolean maySee(Set<Long> handlers, Long viewer, boolean openedToMember, long organisationConcerned,
                                 Set<Long> viewerRepresents) {
        return handles(handlers, viewer) || memberSees(openedToMember, organisationConcerned, viewerRepresents);
    }
}

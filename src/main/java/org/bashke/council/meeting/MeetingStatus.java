package org.bashke.council.meeting;

/** Where a meeting stands. Invitations convene it; it is held on the day, or cancelled or postponed before. */
public enum MeetingStatus {
    PLANNED, CONVENED, HELD, CANCELLED, POSTPONED;

    /** Still ahead: members may answer, items may be added. */
    public boolean upcoming() {
        return this == PLANNED || this == CONVENED;
    }
}

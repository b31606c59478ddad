package org.bashke.council.meeting;

/** How a seat was filled at a meeting. */
public enum AttendanceStatus {
    PRESENT, SUBSTITUTE_PRESENT, ABSENT, EXCUSED;

    /** Counts towards the quorum: the seat was filled, by its holder or by the substitute. */
    public boolean seatFilled() {
        return this == PRESENT || this == SUBSTITUTE_PRESENT;
    }
}

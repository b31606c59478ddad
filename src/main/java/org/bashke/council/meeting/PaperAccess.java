package org.bashke.council.meeting;

/**
 * Rule "restricted papers are for members until the meeting": a paper not restricted is public; a restricted
 * one is public once the meeting is held, and before that open to the body's members (holders and
 * substitutes), the secretariat and whoever runs the body's meetings.
 */
public final class PaperAccess {

    private PaperAccess() {
    }

    public static boolean maySee(boolean restricted, MeetingStatus meetingStatus, boolean member, boolean manager) {
        return !restricted || meetingStatus == MeetingStatus.HELD || member || manager;
    }
}

package org.bashke.council.meeting;

/** Minutes are drafted, circulated to the members, approved at a later meeting, then published. */
public enum MinutesStatus {
    DRAFT, CIRCULATED, APPROVED, PUBLISHED;

    /** Approved or published: the words are final. */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }
}

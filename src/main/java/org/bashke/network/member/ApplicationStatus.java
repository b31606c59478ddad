package org.bashke.network.member;

/** Where a membership application stands: with the secretariat, back with the applicant, before the Board, decided. */
public enum ApplicationStatus {
    SUBMITTED, CHANGES_REQUESTED, COMPLETE, APPROVED, REFUSED;

    public boolean open() {
        return this == SUBMITTED || this == CHANGES_REQUESTED || this == COMPLETE;
    }
}

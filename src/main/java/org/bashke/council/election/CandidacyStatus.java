package org.bashke.council.election;

/** A candidacy is on the ballot once submitted, unless the secretariat rejects it (with a reason). */
public enum CandidacyStatus {
    SUBMITTED, REJECTED
}

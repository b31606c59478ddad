package org.bashke.identity.affiliation;

public enum AffiliationStatus {
    /** Asked for by the person, waiting for the secretariat. */
    CLAIMED,
    VERIFIED,
    REJECTED
}

package org.bashke.consultation.draft;

/** How the institution answered a comment, as the final report counts it. */
public enum AnswerOutcome {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED;

    /** Partly accepting or rejecting a comment must say why (Regulation No. 05/2016, feedback stage). */
    public boolean requiresReason() {
        return this != ACCEPTED;
    }
}

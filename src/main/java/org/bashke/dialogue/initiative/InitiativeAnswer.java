package org.bashke.dialogue.initiative;

public enum InitiativeAnswer {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED;

    /** An institution that does not fully accept says why. */
    public boolean needsReason() {
        return this != ACCEPTED;
    }
}

package org.bashke.dialogue.initiative;

public enum InitiativeStatus {
    /** Proposed, gathering support, waiting for the institution's answer. */
    OPEN,
    ANSWERED
}

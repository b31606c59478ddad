package org.bashke.dialogue.checklist;

/** Who assessed: the organising institution, or a CSO taking part (their view may differ, and both are shown). */
public enum Side {
    ORGANISER, CSO
}

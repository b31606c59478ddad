package org.bashke.dialogue.checklist;

/** How far a principle was respected in a process. */
public enum Rating {
    YES, PARTLY, NO
}

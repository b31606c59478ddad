package org.bashke.dialogue.process;

/** Where a dialogue happens: with a central institution (ministry, agency) or with one of the 38 municipalities. */
public enum ProcessLevel {
    CENTRAL, MUNICIPAL
}

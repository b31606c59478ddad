package org.bashke.council;

/** What a body is; the network module creates ASSEMBLY and BOARD bodies through {@link Council}. */
public enum BodyKind {
    COUNCIL, WORKING_TEAM, TASK_FORCE, ASSEMBLY, BOARD, OTHER
}

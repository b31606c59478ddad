package org.bashke.council.body;

/** Where a working team's work-plan task stands. */
public enum TaskStatus {
    PLANNED, IN_PROGRESS, DONE, DELAYED, DROPPED
}

package org.bashke.dialogue.process;

public enum ProcessStatus {
    PLANNED, ONGOING, CONCLUDED, SUSPENDED
}

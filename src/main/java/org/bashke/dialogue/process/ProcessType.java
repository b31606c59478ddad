package org.bashke.dialogue.process;

public enum ProcessType {
    WORKING_GROUP, ROUND_TABLE, PUBLIC_HEARING, MUNICIPAL_FORUM, JOINT_COMMITTEE, OTHER
}

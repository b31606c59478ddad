package org.bashke.network;

/** Where a member organisation stands: active, suspended for a period with a reason, or gone. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, LEFT
}

package org.bashke.network.position;

/** Draft with the drafter, open to the member organisations for comment, or adopted (then public and frozen). */
public enum PositionStatus {
    DRAFT, MEMBER_CONSULTATION, ADOPTED
}

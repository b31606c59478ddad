package org.bashke.council.meeting;

/** A member's answer to an invitation. */
public enum RsvpAnswer {
    ATTENDING, SENDING_SUBSTITUTE, ABSENT
}

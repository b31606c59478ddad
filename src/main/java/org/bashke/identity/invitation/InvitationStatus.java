package org.bashke.identity.invitation;

public enum InvitationStatus {
    PENDING, ACCEPTED, EXPIRED, REVOKED
}

package org.bashke.consultation.draft;

/** The published reasons a comment may be hidden for; the placeholder shows the reason. */
public enum HiddenReason {
    ABUSE, PERSONAL_DATA, OFF_TOPIC
}

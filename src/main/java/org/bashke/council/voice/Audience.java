package org.bashke.council.voice;

/** Who a call for input is addressed to. */
public enum Audience {
    /** Any registered CSO, through its representative; its public inputs are shown to everyone. */
    PUBLIC,
    /** CiviKos members only (see {@link CiviKosMembers}); their inputs are shown to members only. */
    MEMBERS_ONLY
}

package org.bashke.portal.follow;

/** What one can follow: a topic of the portal, a regional hub, or a kind of public record (news, consultation…). */
public enum FollowKind {
    TOPIC, HUB, TYPE
}

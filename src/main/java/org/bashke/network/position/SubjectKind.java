package org.bashke.network.position;

/** What a position is about. */
public enum SubjectKind {
    LAW, POLICY, CONSULTATION, OTHER
}

package org.bashke.council.election;

/** A regular election for a term, or a by-election for seats vacated during it. */
public enum ElectionKind {
    REGULAR, BY_ELECTION
}

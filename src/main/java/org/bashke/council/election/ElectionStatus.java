package org.bashke.council.election;

/**
 * An election moves only forward: the call for candidates is open → organisations vote → voting is
 * closed → the votes are counted in public (ballots open for inspection) → the winners are seated.
 */
public enum ElectionStatus {
    CALL_OPEN, VOTING_OPEN, VOTING_CLOSED, COUNTED, CONCLUDED
}

package org.bashke.network.position;

/** The bodies of CiviKos that may adopt a position, as its rules of work name them. */
public enum AdoptingBody {
    BOARD, ASSEMBLY
}

package org.bashke.network.governance;

/**
 * How many votes carry a decision: SIMPLE more for than against; ABSOLUTE more than half of all members;
 * TWO_THIRDS at least two thirds of those present.
 */
public enum Majority {
    SIMPLE, ABSOLUTE, TWO_THIRDS
}

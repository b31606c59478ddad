package org.bashke.council.body;

/** The offices a seat holder may hold in a body; at most one holder of each office at a time. */
public enum Office {
    CHAIR, CO_CHAIR, DEPUTY_CHAIR, COORDINATOR
}

package org.bashke.council.voice;

/** How the CSO position on an agenda item fared at the meeting (said in the report-back). */
public enum PositionOutcome {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED
}

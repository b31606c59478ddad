package org.bashke.portal.content;

/** What a news item is about; readers filter by it. Labels: {@code portal.topic.<NAME>}. */
public enum Topic {
    CONSULTATIONS, COUNCIL, LOCAL_DEMOCRACY, EU_INTEGRATION, CIVIC_SPACE, FUNDING, HUBS
}

package org.bashke.network.representation;

/** Kinds of place where CiviKos is represented. */
public enum PlaceKind {
    COUNCIL, WORKING_TEAM, INSTITUTION_BODY, INTERNATIONAL_FORUM, OTHER
}

package org.bashke.portal.search;

/**
 * Where the matches are read: the recent part (entries published since its start) or the whole index.
 * The start is tested with IS TRUE so that the planner never reads the date index for it: nearly every
 * row of the part passes, and intersecting with all of them cost 5 of a misspelt word's 13 ms.
 */
enum IndexPart {
    RECENT("portal_search_recent", " AND (d.published_at >= (SELECT s.since FROM portal_search_recent_since s)) IS TRUE\n"),
    WHOLE("portal_search_document", "");

    final String table;
    final String condition;

    IndexPart(String table, String condition) {
        this.table = table;
        this.condition = condition;
    }
}

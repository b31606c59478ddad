package org.bashke.council.election;

import org.bashke.portal.PublicRecordChanged;

/** What the portal's one search knows of an election: its call while open, its results once counted. */
public final class ElectionSearchRecord {

    private ElectionSearchRecord() {
    }

    public static PublicRecordChanged of(Election e) {
        return PublicRecordChanged.published("council", "election", e.getId(), e.getTitle(), e.getCallText(),
                "/council/elections/" + e.getId(), null, e.getCountedAt() != null ? e.getCountedAt() : e.getCreatedAt());
    }
}

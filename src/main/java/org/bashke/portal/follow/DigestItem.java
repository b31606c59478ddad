package org.bashke.portal.follow;

import java.time.Instant;

/** One public record in a digest, as the search index has it. */
public record DigestItem(String module, String type, String recordId, String language, String title, String url,
                         Instant publishedAt) {

    /** The record, whatever the language of the row. */
    public String key() {
        return module + "/" + type + "/" + recordId;
    }
}

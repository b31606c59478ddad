package org.bashke.portal;

import java.time.Instant;
import java.util.Objects;
import org.bashke.shared.text.LocalizedText;

/**
 * Published by any module when one of its public records is published, changed or withdrawn; the
 * portal puts it in (or takes it out of) the one search index, after the publisher's transaction
 * commits (the event publication registry retries a failed indexing).
 *
 * @param module      the publishing module, e.g. {@code consultation}
 * @param type        the kind of record within it, e.g. {@code consultation}, {@code comment}
 * @param id          the record's id in that module (as text, so any id type fits)
 * @param title       its title in the languages it has (Serbian in either script: it is folded to Latin)
 * @param text        the text to search and to draw snippets from (plain text, not HTML)
 * @param url         where a reader sees it, a path such as {@code /consultations/12}
 * @param hubCode     the hub whose region it belongs to (FER, GJI, MIT, PEJ, PRZ, PRI) or null for national
 * @param publishedAt when it became public (for ordering and the date filter); null if unknown
 * @param removed     true when it is no longer public: the portal drops it from the index
 */
public record PublicRecordChanged(String module, String type, String id, LocalizedText title, LocalizedText text,
                                  String url, String hubCode, Instant publishedAt, boolean removed) {

    public PublicRecordChanged {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!removed) {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    /** A record that is public now (new or changed). */
    public static PublicRecordChanged published(String module, String type, Object id, LocalizedText title,
                                                LocalizedText text, String url, String hubCode, Instant publishedAt) {
        return new PublicRecordChanged(module, type, String.valueOf(id), title, text, url, hubCode, publishedAt, false);
    }

    /** A record that is no longer public. */
    public static PublicRecordChanged removed(String module, String type, Object id) {
        return new PublicRecordChanged(module, type, String.valueOf(id), null, null, null, null, null, true);
    }
}

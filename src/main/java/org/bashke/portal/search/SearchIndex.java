package org.bashke.portal.search;

import java.sql.Timestamp;
import java.util.List;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search index: one row per record and language, with a generated tsvector in the accent-
 * folding configuration {@code bashke_fold}. Writes join the caller's transaction, so a publication
 * and its indexing commit together. {@link PortalSearch} reads it.
 */
@Component
public class SearchIndex {

    /** Around each match in a headline: characters the stored text never holds (see strip). */
    static final String START = "\u27E6";
    static final String STOP = "\u27E7";

    private final NamedParameterJdbcTemplate jdbc;

    SearchIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the record in the index (replacing what was there) or, when {@code removed}, takes it out. */
    @Transactional
    public void apply(PublicRecordChanged change) {
        apply(change, java.util.Set.of());
    }

    /**
     * The same, with the portal's topics of the record (news, publications), kept so that digests can
     * follow a topic. Other modules' records have none.
     */
    @Transactional
    public void apply(PublicRecordChanged change, java.util.Collection<? extends Enum<?>> topics) {
        // Listeners run in parallel: two changes of one record (a meeting scheduled, then an item added) would
        // both delete and then both insert. A lock per record, held to the end of this transaction, puts them in
        // line; the second's delete then sees the first's rows (a fresh snapshot per statement).
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))",
                new MapSqlParameterSource("key", "search:" + change.module() + ":" + change.type() + ":" + change.id()),
                Object.class);
        remove(change.module(), change.type(), change.id());
        if (change.removed()) {
            return;
        }
        for (Language language : Language.values()) {
            String title = change.title().get(language);
            if (title == null) {
                continue;
            }
            String text = change.text() == null ? null : change.text().get(language);
            String titleLatin = strip(SearchText.latin(title));
            String bodyLatin = strip(SearchText.latin(text == null ? "" : text));
            jdbc.update("""
                    INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at, topics)
                    VALUES (:module, :type, :id, :language, :title, :body, :folded, :url, :hub, :published, :topics)""",
                    new MapSqlParameterSource()
                            .addValue("module", change.module()).addValue("type", change.type()).addValue("id", change.id())
                            .addValue("language", language.tag()).addValue("title", titleLatin).addValue("body", bodyLatin)
                            .addValue("folded", SearchText.fold(titleLatin + " " + bodyLatin))
                            .addValue("url", change.url()).addValue("hub", change.hubCode())
                            .addValue("published", change.publishedAt() == null ? null : Timestamp.from(change.publishedAt()))
                            .addValue("topics", topicList(topics)));
        }
    }

    /** ,A,B, (commas around each topic) so that one topic is found with LIKE '%,A,%'; null when there are none. */
    static String topicList(java.util.Collection<? extends Enum<?>> topics) {
        if (topics == null || topics.isEmpty()) {
            return null;
        }
        return "," + String.join(",", topics.stream().map(Enum::name).sorted().toList()) + ",";
    }

    @Transactional
    public void remove(String module, String type, String id) {
        jdbc.update("DELETE FROM portal_search_document WHERE module = :module AND type = :type AND record_id = :id",
                new MapSqlParameterSource().addValue("module", module).addValue("type", type).addValue("id", id));
    }

    @Transactional
    public void removeModule(String module) {
        jdbc.update("DELETE FROM portal_search_document WHERE module = :module", new MapSqlParameterSource("module", module));
    }

    /** The markers must never come from the content itself. */
    private static String strip(String text) {
        return text.replace(START, "").replace(STOP, "");
    }
}

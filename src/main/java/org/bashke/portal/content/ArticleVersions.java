package org.bashke.portal.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.bashke.shared.text.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every saved state of an article, kept for editors to look back at. Appended, never changed. */
@Component
public class ArticleVersions {

    private final JdbcTemplate jdbc;

    ArticleVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(Article a, String actor, Instant at) {
        Integer next = jdbc.queryForObject("SELECT COALESCE(MAX(number), 0) + 1 FROM portal_article_version WHERE article_id = ?",
                Integer.class, a.getId());
        jdbc.update("""
                INSERT INTO portal_article_version (article_id, number, status, title_sq, title_sr, title_en,
                    summary_sq, summary_sr, summary_en, body_sq, body_sr, body_en, saved_by, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                a.getId(), next, a.getStatus().name(),
                a.getTitle().get(Language.SQ), a.getTitle().get(Language.SR), a.getTitle().get(Language.EN),
                a.getSummary().get(Language.SQ), a.getSummary().get(Language.SR), a.getSummary().get(Language.EN),
                a.getBody().get(Language.SQ), a.getBody().get(Language.SR), a.getBody().get(Language.EN),
                actor, Timestamp.from(at));
    }

    public List<ArticleVersion> of(long articleId) {
        return jdbc.query("""
                SELECT number, status, title_sq, title_sr, title_en, summary_sq, body_sq, saved_by, saved_at
                  FROM portal_article_version WHERE article_id = ? ORDER BY number DESC""",
                (rs, i) -> new ArticleVersion(rs.getInt("number"), ArticleStatus.valueOf(rs.getString("status")),
                        rs.getString("title_sq"), rs.getString("title_sr"), rs.getString("title_en"),
                        rs.getString("summary_sq"), rs.getString("body_sq"),
                        rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant()), articleId);
    }

    public record ArticleVersion(int number, ArticleStatus status, String titleSq, String titleSr, String titleEn,
                                 String summarySq, String bodySq, String savedBy, Instant savedAt) {
    }
}

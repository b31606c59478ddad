package org.bashke.mail.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.bashke.mail.OutgoingMail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The mail_outbox table and its attachments. */
@Repository
public class OutboxMails {

    public enum Status { QUEUED, SENT, FAILED, KEPT }

    /** A row of the outbox (without attachment contents). */
    /** @param headers extra header fields, one {@code Name: value} per line (empty when none) */
    public record OutboxMail(long id, Instant createdAt, String recipient, String subject, String body, Status status,
                             int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, String headers) {

        public java.util.Map<String, String> headerFields() {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (String line : headers == null ? new String[0] : headers.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    fields.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
            return fields;
        }
    }

    public record StoredAttachment(int position, String filename, String contentType, byte[] content) {
    }

    private static final String COLUMNS =
            "id, created_at, recipient, subject, body, status, attempts, next_attempt_at, last_error, sent_at, headers";
    private static final RowMapper<OutboxMail> ROW = OutboxMails::map;

    private final JdbcTemplate jdbc;

    OutboxMails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Delivery states of these mails, counted. */
    java.util.Map<String, Long> countByStatus(java.util.Collection<Long> ids) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT status, count(*) AS n FROM mail_outbox WHERE id = ANY (?) GROUP BY status",
                rs -> { counts.put(rs.getString("status"), rs.getLong("n")); },
                (Object) ids.toArray(Long[]::new));
        return counts;
    }

    long insert(OutgoingMail mail, Status status) {
        StringBuilder headers = new StringBuilder();
        mail.headers().forEach((name, value) -> headers.append(name).append(": ").append(value).append('\n'));
        Long id = jdbc.queryForObject("INSERT INTO mail_outbox (recipient, subject, body, status, next_attempt_at, headers) "
                        + "VALUES (?, ?, ?, ?, CASE WHEN ? = 'QUEUED' THEN now() END, ?) RETURNING id",
                Long.class, mail.to(), mail.subject(), mail.textBody(), status.name(), status.name(), headers.toString());
        int position = 0;
        for (OutgoingMail.Attachment a : mail.attachments()) {
            jdbc.update("INSERT INTO mail_attachment (mail_id, position, filename, content_type, content) VALUES (?, ?, ?, ?, ?)",
                    id, position++, a.filename(), a.contentType(), a.content());
        }
        return id;
    }

    /** Locks a queued mail for sending; empty when it is gone, already sent, or another instance holds it. */
    Optional<OutboxMail> claim(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ? AND status = 'QUEUED' FOR UPDATE SKIP LOCKED",
                ROW, id).stream().findFirst();
    }

    /** Locks the oldest queued mail that is due and that no other instance is sending. */
    Optional<OutboxMail> claimNextDue() {
        return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= now() "
                + "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", ROW).stream().findFirst();
    }

    void markSent(long id) {
        jdbc.update("UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = now(), "
                + "next_attempt_at = NULL, last_error = NULL WHERE id = ?", id);
    }

    void markAttemptFailed(long id, String error, Instant nextAttempt) {
        jdbc.update("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                        + "status = CASE WHEN ? THEN 'FAILED' ELSE 'QUEUED' END WHERE id = ?",
                error, nextAttempt == null ? null : Timestamp.from(nextAttempt), nextAttempt == null, id);
    }

    public List<OutboxMail> newestFirst(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox ORDER BY id DESC LIMIT ? OFFSET ?", ROW, limit, offset);
    }

    public Optional<OutboxMail> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", ROW, id).stream().findFirst();
    }

    public List<StoredAttachment> attachments(long mailId) {
        return jdbc.query("SELECT position, filename, content_type, content FROM mail_attachment WHERE mail_id = ? ORDER BY position",
                (rs, i) -> new StoredAttachment(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), mailId);
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), instant(rs, "created_at"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"), rs.getString("headers"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}

package org.bashke.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The audit_entry table. Only appends and reads: there is no update or delete here, by design. */
@Repository
public class AuditEntries {

    /** The advisory lock that serialises appends, so each entry sees the one committed before it. */
    static final long APPEND_LOCK = 0x4261_7368_6B65_4175L; // "BashkeAu"

    private static final String COLUMNS =
            "seq, at, actor, action, record_type, record_id, before_json, after_json, client_ip, prev_hash, hash";
    private static final RowMapper<AuditEntry> ROW = AuditEntries::map;

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the end of the chain until the current transaction ends and returns the last entry's seq and hash. */
    Tail lockTail() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, APPEND_LOCK);
        List<Tail> tail = jdbc.query("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new Tail(rs.getLong(1), rs.getString(2)));
        return tail.isEmpty() ? new Tail(0, HashChain.GENESIS) : tail.get(0);
    }

    void insert(AuditEntry e) {
        jdbc.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.seq(), Timestamp.from(e.at()), e.actor(), e.action(), e.recordType(), e.recordId(),
                e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash());
    }

    /**
     * Hands every entry to {@code sink} in seq order, a page at a time (keyset paging), so memory
     * stays flat however long the log is. Stops when the sink returns false.
     */
    public void forEachInOrder(int pageSize, Predicate<AuditEntry> sink) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> page = jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?",
                    ROW, after, pageSize);
            for (AuditEntry e : page) {
                if (!sink.test(e)) {
                    return;
                }
                after = e.seq();
            }
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    /** Newest first, filtered; returns up to {@code limit} rows starting at {@code offset}. */
    public List<AuditEntry> search(AuditQuery q, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.actionPrefix() != null) {
            sql.append(" AND action LIKE ? ESCAPE '\\'");
            args.add(likePrefix(q.actionPrefix()));
        }
        if (q.recordType() != null) {
            sql.append(" AND record_type = ?");
            args.add(q.recordType());
        }
        if (q.recordId() != null) {
            sql.append(" AND record_id = ?");
            args.add(q.recordId());
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.toExclusive() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(q.toExclusive()));
        }
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getLong("seq"), at, rs.getString("actor"), rs.getString("action"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("client_ip"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    record Tail(long seq, String hash) {
    }

    /** Filters of the admin list; null means "any". {@code toExclusive} is the first instant not included. */
    public record AuditQuery(String actor, String actionPrefix, String recordType, String recordId,
                             Instant from, Instant toExclusive) {
    }
}

package org.bashke.audit.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of the log: newest first, filtered, each entry with the fields it changed. */
@Service
public class BrowseAuditLog {

    /** Dates typed in the filter and times shown are Kosovo's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEntries entries;

    BrowseAuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    public record Filter(String actor, String actionPrefix, String recordType, String recordId,
                         LocalDate from, LocalDate to) {
    }

    /** One changed field: its value before and after (null when absent on that side). */
    public record FieldChange(String field, String before, String after) {
    }

    public record Row(long seq, Instant at, String shownAt, String actor, String action, String recordType,
                      String recordId, String clientIp, List<FieldChange> changes) {
    }

    public record Page(List<Row> rows, int number, boolean hasNext) {
        public boolean hasPrevious() {
            return number > 0;
        }
    }

    @Transactional(readOnly = true)
    public Page page(Filter f, int number, int size) {
        int page = Math.max(0, number);
        AuditEntries.AuditQuery q = new AuditEntries.AuditQuery(blank(f.actor()), blank(f.actionPrefix()),
                blank(f.recordType()), blank(f.recordId()),
                f.from() == null ? null : f.from().atStartOfDay(ZONE).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        // one row more than shown tells whether there is a next page without counting a long table
        List<AuditEntry> found = entries.search(q, page * size, size + 1);
        List<Row> rows = found.stream().limit(size).map(BrowseAuditLog::row).toList();
        return new Page(rows, page, found.size() > size);
    }

    static Row row(AuditEntry e) {
        return new Row(e.seq(), e.at(), SHOWN.format(e.at().atZone(ZONE)), e.actor(), e.action(), e.recordType(),
                e.recordId(), e.clientIp(), changes(e.beforeJson(), e.afterJson()));
    }

    /** The top-level fields whose values differ between before and after, in key order. */
    static List<FieldChange> changes(String beforeJson, String afterJson) {
        Map<String, Object> before = AuditJson.fields(beforeJson);
        Map<String, Object> after = AuditJson.fields(afterJson);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(key, AuditJson.display(b), AuditJson.display(a)));
            }
        }
        return changes;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

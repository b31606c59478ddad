package org.bashke.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash rule of the audit chain. Anyone can recompute it outside the application:
 *
 * <pre>
 * hash = lowercase hex of SHA-256 over the UTF-8 bytes of
 *   "bashke-audit-v1\n" + prev_hash + "\n"
 *   + f(seq) + f(at) + f(actor) + f(action) + f(record_type) + f(record_id)
 *   + f(before_json) + f(after_json) + f(client_ip)
 * where f(null)  = "-\n"
 *       f(value) = (number of UTF-8 bytes of value) + ":" + value + "\n"
 *       seq is written in decimal, at as ISO-8601 UTC with microseconds dropped beyond what
 *       PostgreSQL keeps (DateTimeFormatter.ISO_INSTANT, e.g. 2026-11-27T06:15:00.123456Z).
 * The first entry's prev_hash is 64 zeros.
 * </pre>
 *
 * The length prefix makes the form unambiguous: no choice of field values can make two different
 * entries produce the same bytes.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final byte[] VERSION = "bashke-audit-v1\n".getBytes(StandardCharsets.UTF_8);

    private HashChain() {
    }

    /** PostgreSQL keeps microseconds; an instant is cut to that before it is stored and hashed. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String prevHash, long seq, Instant at, String actor, String action, String recordType,
                              String recordId, String beforeJson, String afterJson, String clientIp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(VERSION);
        out.writeBytes(prevHash.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        field(out, Long.toString(seq));
        field(out, DateTimeFormatter.ISO_INSTANT.format(at));
        field(out, actor);
        field(out, action);
        field(out, recordType);
        field(out, recordId);
        field(out, beforeJson);
        field(out, afterJson);
        field(out, clientIp);
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    /** The hash an entry should have, given the hash it claims to follow. */
    public static String hashOf(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(),
                e.beforeJson(), e.afterJson(), e.clientIp());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(new byte[] {'-', '\n'});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

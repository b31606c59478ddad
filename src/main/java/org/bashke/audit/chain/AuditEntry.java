package org.bashke.audit.chain;

import java.time.Instant;

/** One stored row of the audit log, exactly as it is hashed. */
public record AuditEntry(long seq, Instant at, String actor, String action, String recordType, String recordId,
                         String beforeJson, String afterJson, String clientIp, String prevHash, String hash) {
}

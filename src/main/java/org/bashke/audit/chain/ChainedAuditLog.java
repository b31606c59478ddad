package org.bashke.audit.chain;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the chain in the caller's transaction (REQUIRED: joined when there is one, which is
 * the contract; a lone call still gets its own). The advisory lock is held until that transaction
 * ends, so appends are linear: each one reads the tail the previous one committed, and seq has no
 * gaps because an append that rolls back takes its seq with it.
 */
@Service
class ChainedAuditLog implements AuditLog {

    static final String ANONYMOUS = "anonymous";

    private final AuditEntries entries;
    private final Clock clock;

    ChainedAuditLog(AuditEntries entries) {
        this.entries = entries;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String recordType, Object recordId, Object before, Object after) {
        append(currentActor(), action, recordType, recordId, before, after);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String recordType, Object recordId, Object before, Object after) {
        append(actor == null || actor.isBlank() ? ANONYMOUS : actor, action, recordType, recordId, before, after);
    }

    private void append(String actor, String action, String recordType, Object recordId, Object before, Object after) {
        if (action == null || action.isBlank() || recordType == null || recordType.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action and a record type");
        }
        // serialise before taking the lock: the lock is the one serial point of every write
        String beforeJson = AuditJson.write(before);
        String afterJson = AuditJson.write(after);
        String id = recordId == null ? null : recordId.toString();
        String ip = clientIp();
        AuditEntries.Tail tail = entries.lockTail();
        long seq = tail.seq() + 1;
        Instant at = HashChain.storable(clock.instant());
        String hash = HashChain.hash(tail.hash(), seq, at, actor, action, recordType, id, beforeJson, afterJson, ip);
        entries.insert(new AuditEntry(seq, at, actor, action, recordType, id, beforeJson, afterJson, ip, tail.hash(), hash));
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                || auth.getName() == null || auth.getName().isBlank()) {
            return ANONYMOUS;
        }
        return auth.getName();
    }

    /** The address of the current web request (after the proxy headers were applied), if any. */
    private static String clientIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

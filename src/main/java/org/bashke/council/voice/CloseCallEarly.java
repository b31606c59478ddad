package org.bashke.council.voice;

import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CSO members stop taking input before the deadline, e.g. because the meeting was brought forward. */
@Service
public class CloseCallEarly {

    private final CallForInputRepository calls;
    private final VoiceAccess access;
    private final AuditLog audit;

    CloseCallEarly(CallForInputRepository calls, VoiceAccess access, AuditLog audit) {
        this.calls = calls;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public void close(long callId) {
        CallForInput call = calls.findById(callId).orElseThrow(() -> new NotFoundException("call", callId));
        if (!access.mayStewardBody(call.getBodyId())) {
            throw new AccessDeniedException("only the body's CSO members or the secretariat close calls");
        }
        call.closeEarly(access.clock().instant());
        audit.record("council-voice.call.closed-early", "council-call", callId, Map.of("deadline", call.getDeadline()),
                Map.of("closedEarlyAt", call.getClosedEarlyAt()));
    }
}

package org.bashke.council.voice;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.Agendas;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSO members consolidate the inputs on one item into the CSO position (sq / sr / en), naming the
 * inputs it drew on; they save it as a draft or publish it before the meeting.
 */
@Service
public class WritePosition {

    public record PositionValues(long callId, long callItemId, LocalizedText text, Set<Long> drawnOn, boolean publish) {
    }

    private final CallForInputRepository calls;
    private final CsoInputRepository inputs;
    private final Agendas agendas;
    private final VoiceAccess access;
    private final AuditLog audit;
    private final VoiceRecords records;

    WritePosition(CallForInputRepository calls, CsoInputRepository inputs, Agendas agendas, VoiceAccess access, AuditLog audit,
                  VoiceRecords records) {
        this.calls = calls;
        this.inputs = inputs;
        this.agendas = agendas;
        this.access = access;
        this.audit = audit;
        this.records = records;
    }

    @Transactional
    public void write(PositionValues v) {
        CallForInput call = calls.findById(v.callId()).orElseThrow(() -> new NotFoundException("call", v.callId()));
        if (!access.mayStewardBody(call.getBodyId())) {
            throw new AccessDeniedException("only the body's CSO members or the secretariat write CSO positions");
        }
        CallItem item = call.item(v.callItemId()).orElseThrow(() -> new NotFoundException("call item", v.callItemId()));
        MeetingSummary meeting = agendas.meeting(call.getMeetingId())
                .orElseThrow(() -> new NotFoundException("meeting", call.getMeetingId()));
        Instant now = access.clock().instant();
        call.checkMayConsolidate(now, meeting);
        Map<String, Object> before = item.auditValues();
        Set<Long> ofThisItem = inputs.findByCallItemIdOrderBySubmittedAtAsc(item.getId()).stream().map(CsoInput::getId)
                .collect(Collectors.toSet());
        item.writePosition(v.text(), v.drawnOn(), ofThisItem, now);
        boolean publishing = v.publish() || item.isPositionPublished();
        if (publishing) {
            item.publishPosition(item.isPositionPublished() ? item.getPositionPublishedAt() : now);
        }
        calls.saveAndFlush(call);
        audit.record(v.publish() && before.get("positionPublishedAt") == null ? "council-voice.position.published"
                : "council-voice.position.saved", "council-call-item", item.getId(), before, item.auditValues());
        if (publishing) {
            records.positionPublished(item);
        }
    }
}

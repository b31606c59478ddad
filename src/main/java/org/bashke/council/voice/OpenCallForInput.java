package org.bashke.council.voice;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.AgendaItemInfo;
import org.bashke.council.meeting.Agendas;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The body's CSO members (or the secretariat) open a call for input on items of a coming meeting. */
@Service
public class OpenCallForInput {

    public record CallValues(long meetingId, Set<Long> agendaItemIds, LocalizedText title, LocalizedText description,
                             Audience audience, Instant deadline) {
    }

    private final CallForInputRepository calls;
    private final Agendas agendas;
    private final VoiceAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final VoiceRecords records;

    OpenCallForInput(CallForInputRepository calls, Agendas agendas, VoiceAccess access, CurrentUser currentUser, AuditLog audit,
             VoiceRecords records) {
        this.calls = calls;
        this.agendas = agendas;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.records = records;
    }

    @Transactional
    public long open(CallValues v) {
        MeetingSummary meeting = agendas.meeting(v.meetingId()).orElseThrow(() -> new NotFoundException("meeting", v.meetingId()));
        if (!access.mayStewardBody(meeting.bodyId())) {
            throw new AccessDeniedException("only the body's CSO members or the secretariat open calls for input");
        }
        long me = currentUser.accountId().orElseThrow(() -> new AccessDeniedException("opening a call needs an account"));
        Set<Long> chosen = v.agendaItemIds() == null ? Set.of() : v.agendaItemIds();
        List<AgendaItemInfo> agenda = agendas.agenda(meeting.id());
        if (!agenda.stream().map(AgendaItemInfo::id).toList().containsAll(chosen)) {
            throw new VoiceRuleBroken("council-voice.rule.call.itemOfAnotherMeeting");
        }
        List<AgendaItemInfo> items = agenda.stream().filter(i -> chosen.contains(i.id())).toList();
        Instant now = access.clock().instant();
        CallForInput call = calls.save(CallForInput.open(meeting, items, v.title(), v.description(), v.audience(),
                v.deadline(), me, now));
        audit.record("council-voice.call.opened", "council-call", call.getId(), null, call.auditValues());
        records.callChanged(call);
        return call.getId();
    }
}

package org.bashke.monitoring.reminders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.council.MeetingSummary;
import org.bashke.monitoring.ObligationSummary;
import org.bashke.monitoring.Obligations;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation list (overdue obligations, most overdue first) and putting it on the next Council agenda. */
@Service("monitoringEscalation")
public class Escalation {

    private final Obligations obligations;
    private final ObjectProvider<Council> council;
    private final ObligationAccess access;
    private final MessageSource messages;
    private final AuditLog audit;

    Escalation(Obligations obligations, ObjectProvider<Council> council, ObligationAccess access, MessageSource messages, AuditLog audit) {
        this.obligations = obligations;
        this.council = council;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
    }

    public List<ObligationSummary> list() {
        return obligations.overdue().stream()
                .sorted((a, b) -> Integer.compare(b.overdueDays(), a.overdueDays())).toList();
    }

    /** The Council itself (not a working team), if the council module has one. */
    public Optional<BodySummary> councilBody() {
        Council c = council.getIfAvailable();
        return c == null ? Optional.empty() : c.bodies().stream().filter(b -> b.kind() == BodyKind.COUNCIL).findFirst();
    }

    /**
     * Puts "overdue obligations (n)" on the agenda of the Council's next meeting, linking to the overdue
     * tracker. Refused when there is nothing overdue, no Council or no upcoming meeting.
     */
    @Transactional
    public MeetingSummary putOnNextAgenda() {
        access.requireSecretariat();
        int count = list().size();
        if (count == 0) {
            throw new MonitoringRuleException(null, "monitoring.escalation.nothing");
        }
        Council c = council.getIfAvailable();
        BodySummary body = councilBody().orElseThrow(() -> new MonitoringRuleException(null, "monitoring.escalation.noCouncil"));
        LocalizedText title = LocalizedText.of(Language.SQ,
                messages.getMessage("monitoring.escalation.agendaTitle", new Object[] {count}, Locale.forLanguageTag("sq")),
                messages.getMessage("monitoring.escalation.agendaTitle", new Object[] {count}, Locale.forLanguageTag("sr")),
                messages.getMessage("monitoring.escalation.agendaTitle", new Object[] {count}, Locale.forLanguageTag("en")));
        MeetingSummary meeting = c.proposeAgendaItem(body.id(), title, "/monitoring?overdue=true")
                .orElseThrow(() -> new MonitoringRuleException(null, "monitoring.escalation.noMeeting"));
        audit.record("monitoring.escalation.proposed", "monitoring-escalation", meeting.id(), null,
                Map.of("bodyId", body.id(), "meetingId", meeting.id(), "overdue", count));
        return meeting;
    }
}

package org.bashke.council.voice;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.Agendas;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the meeting, the CSO members tell the CSOs what was decided on each item and how their position
 * fared; publishing it e-mails every person who gave input, in their own language.
 */
@Service
public class ReportBack {

    public static final String MAIL_TEMPLATE = "council-voice/report-back";

    public record ReportValues(long callId, LocalizedText text, Map<Long, CallForInput.ItemOutcome> outcomes) {
    }

    private final CallForInputRepository calls;
    private final CsoInputRepository inputs;
    private final Agendas agendas;
    private final VoiceAccess access;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final VoiceRecords records;
    private final String baseUrl;

    ReportBack(CallForInputRepository calls, CsoInputRepository inputs, Agendas agendas, VoiceAccess access, Accounts accounts,
               Mailer mailer, MessageSource messages, AuditLog audit, VoiceRecords records,
               @Value("${bashke.base-url:http://localhost:8080}") String baseUrl) {
        this.calls = calls;
        this.inputs = inputs;
        this.agendas = agendas;
        this.access = access;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.records = records;
        this.baseUrl = baseUrl;
    }

    /** Saves the report-back without publishing it (nobody is told yet). */
    @Transactional
    public void save(ReportValues v) {
        CallForInput call = stewardedCall(v.callId());
        Map<String, Object> before = call.auditValues();
        call.draftReport(access.clock().instant(), meeting(call), v.text(), v.outcomes());
        calls.saveAndFlush(call);
        audit.record("council-voice.report.saved", "council-call", call.getId(), before, call.auditValues());
    }

    /**
     * Publishes the report-back saved before and notifies the contributors.
     *
     * @return how many people were notified
     */
    @Transactional
    public int publish(long callId) {
        CallForInput call = stewardedCall(callId);
        Map<String, Object> before = call.auditValues();
        Instant now = access.clock().instant();
        call.publishReport(now, meeting(call));
        calls.saveAndFlush(call);
        audit.record("council-voice.report.published", "council-call", call.getId(), before, call.auditValues());
        records.callChanged(call);
        return notifyContributors(call);
    }

    /** One mail per person who gave input (however many items they spoke on), in the language they chose. */
    private int notifyContributors(CallForInput call) {
        Set<Long> contributors = new LinkedHashSet<>();
        inputs.findByCallIdOrderBySubmittedAtAsc(call.getId()).forEach(i -> contributors.add(i.getAuthorAccountId()));
        List<AccountSummary> people = accounts.accounts(contributors);
        for (AccountSummary person : people) {
            Locale locale = Locale.forLanguageTag(person.languageTag() == null ? "sq" : person.languageTag());
            Map<String, Object> model = new HashMap<>();
            String title = call.getTitle().display(locale);
            model.put("subjectArgs", new Object[] {title});
            model.put("name", person.displayName());
            model.put("title", title);
            model.put("link", baseUrl + VoiceRecords.url(call));
            model.put("items", call.getItems().stream().map(i -> new MailItem(i.getTitle().display(locale),
                    i.getOutcome() == null ? messages.getMessage("council-voice.outcome.none", null, locale)
                            : messages.getMessage("council-voice.outcome." + i.getOutcome().name(), null, locale))).toList());
            mailer.send(person.email(), locale, MAIL_TEMPLATE, model);
        }
        audit.record("council-voice.report.notified", "council-call", call.getId(), null,
                Map.of("contributors", people.size()));
        return people.size();
    }

    /** One line of the mail: the item and how the position on it fared, already in the reader's language. */
    public record MailItem(String title, String outcome) {
    }

    private CallForInput stewardedCall(long callId) {
        CallForInput call = calls.findById(callId).orElseThrow(() -> new NotFoundException("call", callId));
        if (!access.mayStewardBody(call.getBodyId())) {
            throw new AccessDeniedException("only the body's CSO members or the secretariat report back");
        }
        return call;
    }

    private MeetingSummary meeting(CallForInput call) {
        return agendas.meeting(call.getMeetingId()).orElseThrow(() -> new NotFoundException("meeting", call.getMeetingId()));
    }
}

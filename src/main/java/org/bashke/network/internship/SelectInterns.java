package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call's selectors score each applicant with reasons and mark who is selected; when they finish, the call
 * closes and every applicant is told by mail, in their language, whether they were selected.
 */
@Component
public class SelectInterns {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final InternshipCalls calls;
    private final InternshipApplications applications;
    private final InternshipAccess access;
    private final InternshipMail mail;
    private final AuditLog audit;
    private final Clock clock;

    SelectInterns(InternshipCalls calls, InternshipApplications applications, InternshipAccess access, InternshipMail mail,
                  AuditLog audit, Optional<Clock> clock) {
        this.calls = calls;
        this.applications = applications;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The call, if the current person is one of its selectors; "not found" for anyone else. */
    @Transactional(readOnly = true)
    public InternshipCall callToSelect(long callId) {
        InternshipCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("internship-call", callId));
        access.mustSelect(call);
        return call;
    }

    /** The applications of a call, with their personal data: for its selectors only. */
    @Transactional(readOnly = true)
    public List<InternshipApplication> applicants(long callId) {
        callToSelect(callId);
        return applications.findByCallIdOrderBySubmittedAtAsc(callId);
    }

    /** One application with its personal data: for the selectors of its call only. */
    @Transactional(readOnly = true)
    public InternshipApplication applicant(long callId, long applicationId) {
        callToSelect(callId);
        return applications.findById(applicationId).filter(a -> a.getCallId() == callId)
                .orElseThrow(() -> new NotFoundException("internship-application", applicationId));
    }

    @Transactional
    public void score(long callId, long applicationId, Integer score, String reason, boolean selected) {
        InternshipCall call = callToSelect(callId);
        if (call.getStatus() == InternshipCall.Status.CLOSED) {
            throw new InternshipRuleBroken("network.internship.rule.closed");
        }
        if (score == null) {
            throw new InternshipRuleBroken("network.internship.rule.score", "score");
        }
        InternshipApplication application = applicant(callId, applicationId);
        var before = application.audit();
        application.score(score, reason, selected, access.actorName(), clock.instant());
        long chosen = applications.findByCallIdOrderBySubmittedAtAsc(callId).stream()
                .filter(a -> a.getStatus() == InternshipApplication.Status.SELECTED).count();
        if (chosen > call.getPlaces()) {
            throw new InternshipRuleBroken("network.internship.rule.places", "selected");
        }
        audit.record("network.internship.application.scored", "internship-application", applicationId, before, application.audit());
    }

    /** Every applicant must have been scored; then the call closes and the applicants are told. */
    @Transactional
    public void finish(long callId) {
        InternshipCall call = callToSelect(callId);
        List<InternshipApplication> all = applications.findByCallIdOrderBySubmittedAtAsc(callId);
        if (all.stream().anyMatch(a -> a.getStatus() == InternshipApplication.Status.SUBMITTED)) {
            throw new InternshipRuleBroken("network.internship.rule.unscored");
        }
        var before = call.audit();
        int selected = (int) all.stream().filter(a -> a.getStatus() == InternshipApplication.Status.SELECTED).count();
        call.close(all.size(), selected, LocalDate.now(clock.withZone(KOSOVO)));
        for (InternshipApplication a : all) {
            String step = a.getStatus() == InternshipApplication.Status.SELECTED ? "selected" : "not-selected";
            mail.send(a.getAccountId(), step, mail.topicFor(a.getAccountId(), call.getTopic()), "/network/internships/mine");
        }
        audit.record("network.internship.call.closed", "internship-call", callId, before, call.audit());
    }
}

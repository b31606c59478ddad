package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A selector places a selected applicant with a mentor (a named account) and a learning plan. */
@Component
public class PlaceIntern {

    private final SelectInterns selection;
    private final InternshipPlacements placements;
    private final Accounts accounts;
    private final InternshipAccess access;
    private final InternshipMail mail;
    private final AuditLog audit;
    private final Clock clock;

    PlaceIntern(SelectInterns selection, InternshipPlacements placements, Accounts accounts, InternshipAccess access,
                InternshipMail mail, AuditLog audit, Optional<Clock> clock) {
        this.selection = selection;
        this.placements = placements;
        this.accounts = accounts;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public InternshipPlacement place(long callId, long applicationId, String mentorEmail, String learningPlan,
                                     LocalDate startsOn, LocalDate endsOn) {
        InternshipCall call = selection.callToSelect(callId);
        InternshipApplication application = selection.applicant(callId, applicationId);
        if (application.getStatus() != InternshipApplication.Status.SELECTED) {
            throw new InternshipRuleBroken("network.internship.rule.notSelected");
        }
        if (placements.findByCallIdAndInternAccountId(callId, application.getAccountId()).isPresent()) {
            throw new InternshipRuleBroken("network.internship.rule.placed");
        }
        AccountSummary mentor = (mentorEmail == null || mentorEmail.isBlank()) ? null
                : accounts.accountByEmail(mentorEmail.strip()).orElse(null);
        if (mentor == null) {
            throw new InternshipRuleBroken("network.internship.rule.mentorUnknown", "mentorEmail");
        }
        InternshipPlacement placement = placements.save(new InternshipPlacement(call, application.getAccountId(), mentor.id(),
                learningPlan, startsOn, endsOn, access.actorName(), clock.instant()));
        String link = "/network/internships/placements/" + placement.getId();
        mail.send(placement.getInternAccountId(), "placed", mail.topicFor(placement.getInternAccountId(), call.getTopic()), link);
        mail.send(placement.getMentorAccountId(), "mentor", mail.topicFor(placement.getMentorAccountId(), call.getTopic()), link);
        audit.record("network.internship.placed", "internship-placement", placement.getId(), null, placement.audit());
        return placement;
    }
}

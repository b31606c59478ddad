package org.bashke.network.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.Council;
import org.bashke.council.MeetingSummary;
import org.bashke.directory.Directory;
import org.bashke.network.code.CodeAcceptance;
import org.bashke.network.code.CodeAcceptanceRepository;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.governance.NetworkBodies;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat checks an application (complete, or changes asked) and records the Board's decision with
 * the Board meeting it was taken at; approval makes the organisation an active member from the decision's
 * date, refusal needs a reason, and the applicant is told in their language either way.
 */
@Component
public class DecideMembership {

    /** The decision as the minutes record it; the tallies may be left out. */
    public record BoardDecision(boolean approved, Long meetingId, Integer votesFor, Integer votesAgainst,
                                Integer votesAbstaining, String reason) {
    }

    private final MembershipApplicationRepository applications;
    private final NetworkMemberRepository members;
    private final CodeAcceptanceRepository acceptances;
    private final Council council;
    private final NetworkBodies bodies;
    private final Directory directory;
    private final MembershipMail mail;
    private final MembershipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DecideMembership(MembershipApplicationRepository applications, NetworkMemberRepository members,
                     CodeAcceptanceRepository acceptances, Council council, NetworkBodies bodies, Directory directory,
                     MembershipMail mail, MembershipAccess access, AuditLog audit, Optional<Clock> clock) {
        this.applications = applications;
        this.members = members;
        this.acceptances = acceptances;
        this.council = council;
        this.bodies = bodies;
        this.directory = directory;
        this.mail = mail;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public void markComplete(long id, String note) {
        access.requireSecretariat();
        MembershipApplication a = find(id);
        var before = a.audit();
        a.markComplete(note, clock.instant());
        audit.record("network.application.complete", "network-application", id, before, a.audit());
    }

    @Transactional
    public void askForChanges(long id, String note) {
        access.requireSecretariat();
        MembershipApplication a = find(id);
        var before = a.audit();
        a.askForChanges(note, clock.instant());
        audit.record("network.application.changesRequested", "network-application", id, before, a.audit());
        mail.toAccount(a.getApplicantAccountId(), "member/changes", model(a, note), "/network/membership");
    }

    @Transactional
    public void decide(long id, BoardDecision d) {
        access.requireSecretariat();
        MembershipApplication a = find(id);
        MeetingSummary meeting = boardMeeting(d.meetingId());
        for (Integer n : new Integer[] {d.votesFor(), d.votesAgainst(), d.votesAbstaining()}) {
            if (n != null && n < 0) {
                throw new MembershipRuleBroken("votesFor", "network-member.rule.decision.votes");
            }
        }
        LocalDate on = meeting.startsAt().toLocalDate();
        var before = a.audit();
        a.decide(d.approved(), meeting.id(), on, d.votesFor(), d.votesAgainst(), d.votesAbstaining(), d.reason(), clock.instant());
        audit.record(d.approved() ? "network.application.approved" : "network.application.refused", "network-application",
                id, before, a.audit());
        if (d.approved()) {
            admit(a, on);
        }
        Map<String, Object> model = model(a, d.reason());
        model.put("decidedOn", on.toString());
        model.put("meeting", meeting.title());
        mail.toAccount(a.getApplicantAccountId(), d.approved() ? "member/approved" : "member/refused", model,
                d.approved() ? "/network/members" : "/network/membership");
    }

    private void admit(MembershipApplication a, LocalDate since) {
        Optional<NetworkMember> existing = members.findByOrganisationId(a.getOrganisationId());
        NetworkMember m;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            m = existing.get();
            before = m.audit();
            m.readmit(since, a.getRegionCode(), a.getAreas(), a.getId(), clock.instant());
        } else {
            m = members.save(new NetworkMember(a.getOrganisationId(), since, a.getRegionCode(), a.getAreas(), a.getId(), clock.instant()));
        }
        members.flush();
        audit.record("network.member.admitted", "network-member", m.getId(), before, m.audit());
        // the code accepted when applying counts as accepted by the member
        if (a.getCodeVersionId() != null
                && !acceptances.existsByCodeVersionIdAndOrganisationId(a.getCodeVersionId(), a.getOrganisationId())) {
            acceptances.save(new CodeAcceptance(a.getCodeVersionId(), a.getOrganisationId(), a.getApplicantAccountId(),
                    a.getCodeAcceptedAt()));
        }
    }

    /** The Board's meetings a decision can be recorded at: held or sitting, not cancelled, not in the future. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> boardMeetings() {
        LocalDate today = CodesInForce.today();
        return bodies.board().map(b -> council.meetingsOfBody(b.id()).stream()
                .filter(m -> !"CANCELLED".equals(m.status()) && !"POSTPONED".equals(m.status()))
                .filter(m -> !m.startsAt().toLocalDate().isAfter(today)).toList()).orElse(List.of());
    }

    private MeetingSummary boardMeeting(Long meetingId) {
        if (meetingId == null) {
            throw new MembershipRuleBroken("meetingId", "network-member.rule.decision.meeting");
        }
        return boardMeetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new MembershipRuleBroken("meetingId", "network-member.rule.decision.meeting"));
    }

    private Map<String, Object> model(MembershipApplication a, String text) {
        Map<String, Object> m = new HashMap<>();
        LocalizedText name = directory.organisation(a.getOrganisationId()).map(o -> o.name()).orElse(LocalizedText.same("?"));
        m.put("organisation", name);
        m.put("reason", text == null ? "" : text.strip());
        m.put("subjectArgs", new Object[] {name.get(org.bashke.shared.text.Language.SQ)});
        return m;
    }

    private MembershipApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("network-application", id));
    }
}

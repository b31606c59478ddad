package org.bashke.council.election;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's side of an election: open the call, reject a candidacy, open and close voting. */
@Service
public class ManageElections {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final ElectionRepository elections;
    private final CandidacyRepository candidacies;
    private final VoterRepository voters;
    private final ElectionAccess access;
    private final Membership membership;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    ManageElections(ElectionRepository elections, CandidacyRepository candidacies, VoterRepository voters, ElectionAccess access,
                    Membership membership, Directory directory, Accounts accounts, AuditLog audit, Mailer mailer,
                    ApplicationEventPublisher events, @Value("${bashke.base-url:http://localhost:8080}") String baseUrl) {
        this.elections = elections;
        this.candidacies = candidacies;
        this.voters = voters;
        this.access = access;
        this.membership = membership;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    /** Election days are Kosovo days. */
    public static LocalDate today() {
        return LocalDate.now(KOSOVO);
    }

    @Transactional(readOnly = true)
    public Election find(long id) {
        return elections.findById(id).orElseThrow(() -> new NotFoundException("election", id));
    }

    /** Opens the public call for candidates for the CSO seats of the term in force when the winners take their seats. */
    @Transactional
    public long create(ElectionValues v) {
        access.requireSecretariat();
        membership.body(v.bodyId()).orElseThrow(() -> new ElectionRuleBroken("council-election.rule.body.unknown"));
        long termId = membership.termId(v.bodyId(), v.seatsFrom())
                .orElseThrow(() -> new ElectionRuleBroken("council-election.rule.term.none"));
        Language original = v.titleSq() != null && !v.titleSq().isBlank() ? Language.SQ
                : v.titleSr() != null && !v.titleSr().isBlank() ? Language.SR : Language.EN;
        Election e = elections.save(new Election(v.bodyId(), termId, v.kind(),
                LocalizedText.of(original, v.titleSq(), v.titleSr(), v.titleEn()),
                LocalizedText.of(original, v.callSq(), v.callSr(), v.callEn()), v.seats(), v.candidacyDeadline(),
                v.eligibility(), v.registrationDeadline(), v.votingClosesOn(), v.seatsFrom(), v.inspectionDays(),
                today(), Instant.now()));
        audit.record("council.election.created", "election", e.getId(), null, e.auditValues());
        events.publishEvent(ElectionSearchRecord.of(e));
        return e.getId();
    }

    @Transactional
    public void rejectCandidacy(long electionId, long candidacyId, String reason) {
        access.requireSecretariat();
        Election e = find(electionId);
        Candidacy c = candidacies.findById(candidacyId).filter(x -> x.getElectionId() == electionId)
                .orElseThrow(() -> new NotFoundException("candidacy", candidacyId));
        Map<String, Object> before = c.auditValues();
        c.reject(reason, e.getStatus());
        audit.record("council.election.candidacy.rejected", "candidacy", candidacyId, before, c.auditValues());
        tell(List.of(c.getSubmittedBy(), c.getCandidateAccountId()), "council-election/candidacy-rejected", e,
                Map.of("reason", c.getRejectionReason()));
    }

    /** Opens voting and tells the representatives of every organisation that may vote. */
    @Transactional
    public void openVoting(long id) {
        access.requireSecretariat();
        Election e = find(id);
        Map<String, Object> before = e.auditValues();
        e.openVoting(today(), candidacies.countByElectionIdAndStatus(id, CandidacyStatus.SUBMITTED), Instant.now());
        audit.record("council.election.voting-opened", "election", id, before, e.auditValues());
        Set<Long> representatives = new HashSet<>();
        for (long organisationId : eligibleOrganisations(e)) {
            accounts.holders(Role.CSO_REPRESENTATIVE, organisationId).forEach(a -> representatives.add(a.id()));
        }
        tell(representatives, "council-election/voting-opened", e,
                Map.of("closesOn", e.getVotingClosesOn().toString(), "link", baseUrl + "/council/elections/" + id + "/vote"));
    }

    @Transactional
    public void closeVoting(long id) {
        access.requireSecretariat();
        Election e = find(id);
        Map<String, Object> before = e.auditValues();
        e.closeVoting(Instant.now());
        audit.record("council.election.voting-closed", "election", id, before, e.auditValues());
    }

    /** The roll: registered organisations, or every active CSO when the election is open to all. */
    @Transactional(readOnly = true)
    public List<Long> eligibleOrganisations(Election e) {
        if (e.getEligibility() == EligibilityRule.ANY_CSO) {
            return directory.activeOrganisations(OrganisationType.CSO).stream().map(OrganisationSummary::id).toList();
        }
        return voters.findByElectionIdOrderByIdAsc(e.getId()).stream().map(Voter::getOrganisationId).toList();
    }

    /** Mail to people, each in their own language, about this election. */
    void tell(java.util.Collection<Long> accountIds, String template, Election e, Map<String, Object> extra) {
        for (AccountSummary a : accounts.accounts(new HashSet<>(accountIds))) {
            Locale locale = Locale.forLanguageTag(a.languageTag());
            String title = e.getTitle().display(locale);
            Map<String, Object> model = new java.util.HashMap<>(extra);
            model.put("name", a.displayName());
            model.put("title", title);
            model.putIfAbsent("link", baseUrl + "/council/elections/" + e.getId());
            model.put("subjectArgs", new Object[] {title});
            mailer.send(a.email(), locale, template, model);
        }
    }
}

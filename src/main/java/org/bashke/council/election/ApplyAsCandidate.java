package org.bashke.council.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.files.FileStore;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A CSO's representative puts forward the organisation's candidate: a person who acts for the CSO, a
 * motivation and supporting documents. One candidacy per organisation and per person.
 */
@Service
public class ApplyAsCandidate {

    private final ManageElections manage;
    private final CandidacyRepository candidacies;
    private final ElectionAccess access;
    private final Directory directory;
    private final Accounts accounts;
    private final FileStore files;
    private final AuditLog audit;

    ApplyAsCandidate(ManageElections manage, CandidacyRepository candidacies, ElectionAccess access, Directory directory,
                     Accounts accounts, FileStore files, AuditLog audit) {
        this.manage = manage;
        this.candidacies = candidacies;
        this.access = access;
        this.directory = directory;
        this.accounts = accounts;
        this.files = files;
        this.audit = audit;
    }

    /** The people the organisation may put forward: those who act for it. */
    @Transactional(readOnly = true)
    public List<AccountSummary> possibleCandidates(long organisationId) {
        return accounts.holders(Role.CSO_REPRESENTATIVE, organisationId);
    }

    /**
     * @throws org.bashke.files.FileRejected when a document is refused (nothing is kept then)
     */
    @Transactional
    public long apply(long electionId, long organisationId, long candidateAccountId, String motivation, List<MultipartFile> documents) {
        access.requireRepresentative(organisationId);
        Election e = manage.find(electionId);
        if (!e.acceptsCandidacies(ManageElections.today())) {
            throw new ElectionRuleBroken("council-election.rule.candidacy.callClosed");
        }
        if (directory.organisation(organisationId).filter(o -> o.type() == OrganisationType.CSO && !o.archived()).isEmpty()) {
            throw new ElectionRuleBroken("council-election.rule.candidacy.notCso");
        }
        if (candidacies.findByElectionIdAndOrganisationId(electionId, organisationId).isPresent()) {
            throw new ElectionRuleBroken("council-election.rule.candidacy.organisationHasOne");
        }
        AccountSummary candidate = possibleCandidates(organisationId).stream().filter(a -> a.id() == candidateAccountId)
                .findFirst().orElseThrow(() -> new ElectionRuleBroken("council-election.rule.candidacy.candidateNotOfOrganisation"));
        if (candidacies.existsByElectionIdAndCandidateAccountId(electionId, candidateAccountId)) {
            throw new ElectionRuleBroken("council-election.rule.candidacy.personHasOne");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new ElectionRuleBroken("council-election.rule.candidacy.motivationRequired");
        }
        List<Long> documentIds = new ArrayList<>();
        for (MultipartFile upload : documents == null ? List.<MultipartFile>of() : documents) {
            if (upload != null && !upload.isEmpty()) {
                documentIds.add(files.store("council", upload).id());
            }
        }
        Candidacy c = candidacies.save(new Candidacy(electionId, organisationId, candidateAccountId, candidate.displayName(),
                motivation.strip(), access.accountId(), documentIds, Instant.now()));
        audit.record("council.election.candidacy.submitted", "candidacy", c.getId(), null, c.auditValues());
        manage.tell(List.of(c.getSubmittedBy(), candidateAccountId), "council-election/candidacy-received", e, Map.of());
        return c.getId();
    }
}

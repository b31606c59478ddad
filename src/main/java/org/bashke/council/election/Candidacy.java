package org.bashke.council.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSO's candidate in an election: one per organisation, one per person. */
@Entity(name = "CouncilElectionCandidacy")
@Table(name = "council_election_candidacy")
public class Candidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id")
    private long electionId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "candidate_account_id")
    private long candidateAccountId;
    @Column(name = "candidate_name")
    private String candidateName;
    private String motivation;
    @Column(name = "submitted_by")
    private long submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private CandidacyStatus status;
    @Column(name = "rejection_reason")
    private String rejectionReason;

    @ElementCollection
    @CollectionTable(name = "council_election_candidacy_document", joinColumns = @JoinColumn(name = "candidacy_id"))
    @Column(name = "file_id")
    private List<Long> documentIds = new ArrayList<>();

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Candidacy() {
    }

    public Candidacy(long electionId, long organisationId, long candidateAccountId, String candidateName, String motivation,
                     long submittedBy, List<Long> documentIds, Instant now) {
        this.electionId = electionId;
        this.organisationId = organisationId;
        this.candidateAccountId = candidateAccountId;
        this.candidateName = candidateName;
        this.motivation = motivation;
        this.submittedBy = submittedBy;
        this.documentIds = new ArrayList<>(documentIds);
        this.submittedAt = now;
        this.status = CandidacyStatus.SUBMITTED;
    }

    /** Only before voting opens: once ballots exist, the list they were cast on cannot change. */
    public void reject(String reason, ElectionStatus electionStatus) {
        if (electionStatus != ElectionStatus.CALL_OPEN) {
            throw new ElectionRuleBroken("council-election.rule.reject.votingStarted");
        }
        if (reason == null || reason.isBlank()) {
            throw new ElectionRuleBroken("council-election.rule.reject.reasonRequired");
        }
        status = CandidacyStatus.REJECTED;
        rejectionReason = reason.strip();
    }

    public boolean onBallot() {
        return status == CandidacyStatus.SUBMITTED;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("electionId", electionId);
        m.put("organisationId", organisationId);
        m.put("candidateAccountId", candidateAccountId);
        m.put("candidateName", candidateName);
        m.put("documents", List.copyOf(documentIds));
        m.put("status", status.name());
        m.put("rejectionReason", rejectionReason);
        return m;
    }

    public Long getId() { return id; }
    public long getElectionId() { return electionId; }
    public long getOrganisationId() { return organisationId; }
    public long getCandidateAccountId() { return candidateAccountId; }
    public String getCandidateName() { return candidateName; }
    public String getMotivation() { return motivation; }
    public long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public CandidacyStatus getStatus() { return status; }
    public String getRejectionReason() { return rejectionReason; }
    public List<Long> getDocumentIds() { return List.copyOf(documentIds); }
}

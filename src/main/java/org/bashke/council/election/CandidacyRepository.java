package org.bashke.council.election;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    List<Candidacy> findByElectionIdOrderByIdAsc(long electionId);

    Optional<Candidacy> findByElectionIdAndOrganisationId(long electionId, long organisationId);

    boolean existsByElectionIdAndCandidateAccountId(long electionId, long candidateAccountId);

    long countByElectionIdAndStatus(long electionId, CandidacyStatus status);
}

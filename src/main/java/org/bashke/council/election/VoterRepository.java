package org.bashke.council.election;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoterRepository extends JpaRepository<Voter, Long> {

    List<Voter> findByElectionIdOrderByIdAsc(long electionId);

    Optional<Voter> findByElectionIdAndOrganisationId(long electionId, long organisationId);

    long countByElectionIdAndVotedAtIsNotNull(long electionId);
}

package org.bashke.council.election;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotRepository extends JpaRepository<Ballot, String> {

    /** Ordered by the random id: the order says nothing about when a ballot was cast. */
    List<Ballot> findByElectionIdOrderByIdAsc(long electionId);

    long countByElectionId(long electionId);
}

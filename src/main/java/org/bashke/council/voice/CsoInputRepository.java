package org.bashke.council.voice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CsoInputRepository extends JpaRepository<CsoInput, Long> {

    List<CsoInput> findByCallIdOrderBySubmittedAtAsc(long callId);

    List<CsoInput> findByCallItemIdOrderBySubmittedAtAsc(long callItemId);

    Optional<CsoInput> findByCallItemIdAndOrganisationId(long callItemId, long organisationId);

    long countByCallId(long callId);
}

package org.bashke.network.internship;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternshipPlacements extends JpaRepository<InternshipPlacement, Long> {

    List<InternshipPlacement> findByInternAccountIdOrMentorAccountIdOrderByStartsOnDesc(long intern, long mentor);

    List<InternshipPlacement> findByCallIdOrderByIdAsc(long callId);

    Optional<InternshipPlacement> findByCallIdAndInternAccountId(long callId, long internAccountId);

    List<InternshipPlacement> findAllByOrderByStartsOnDesc();
}

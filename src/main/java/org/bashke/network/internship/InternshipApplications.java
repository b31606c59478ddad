package org.bashke.network.internship;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternshipApplications extends JpaRepository<InternshipApplication, Long> {

    List<InternshipApplication> findByCallIdOrderBySubmittedAtAsc(long callId);

    List<InternshipApplication> findByAccountIdOrderBySubmittedAtDesc(long accountId);

    Optional<InternshipApplication> findByCallIdAndAccountId(long callId, long accountId);

    long countByCallId(long callId);
}

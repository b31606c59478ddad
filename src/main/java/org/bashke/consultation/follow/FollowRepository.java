package org.bashke.consultation.follow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowRepository extends JpaRepository<Follow, Long> {

    Optional<Follow> findByAccountIdAndInstitutionId(long accountId, long institutionId);

    Optional<Follow> findByAccountIdAndConsultationId(long accountId, long consultationId);

    @Query("select f from Follow f where f.institutionId = ?1 or f.consultationId = ?2")
    List<Follow> following(long institutionId, long consultationId);
}

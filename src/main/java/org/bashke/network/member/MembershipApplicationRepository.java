package org.bashke.network.member;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    List<MembershipApplication> findByOrganisationIdInOrderBySubmittedAtDesc(Collection<Long> organisationIds);

    List<MembershipApplication> findByStatusInOrderBySubmittedAtAsc(Collection<ApplicationStatus> statuses);

    List<MembershipApplication> findTop50ByStatusInOrderByUpdatedAtDesc(Collection<ApplicationStatus> statuses);

    boolean existsByOrganisationIdAndStatusIn(long organisationId, Collection<ApplicationStatus> statuses);
}

package org.bashke.identity.affiliation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AffiliationRepository extends JpaRepository<Affiliation, Long> {

    List<Affiliation> findByAccountIdOrderByRequestedAtDesc(Long accountId);

    List<Affiliation> findByAccountIdAndStatus(Long accountId, AffiliationStatus status);

    List<Affiliation> findByAccountIdInAndStatus(Collection<Long> accountIds, AffiliationStatus status);

    Page<Affiliation> findByStatusOrderByRequestedAtAsc(AffiliationStatus status, Pageable page);

    long countByStatus(AffiliationStatus status);

    boolean existsByAccountIdAndOrganisationIdAndStatusIn(Long accountId, Long organisationId, Collection<AffiliationStatus> statuses);
}

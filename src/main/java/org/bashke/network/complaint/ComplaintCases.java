package org.bashke.network.complaint;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCases extends JpaRepository<ComplaintCase, Long> {

    List<ComplaintCase> findByBodyIdInOrderByFiledAtDesc(Collection<Long> bodyIds);

    List<ComplaintCase> findByOrganisationIdInAndOpenedAtIsNotNullOrderByFiledAtDesc(Collection<Long> organisationIds);

    List<ComplaintCase> findByComplainantAccountIdOrderByFiledAtDesc(long accountId);

    List<ComplaintCase> findByPublishedAtIsNotNullOrderByDecidedAtDesc();

    long countByBodyId(long bodyId);
}

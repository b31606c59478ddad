package org.bashke.network.code;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeAcceptanceRepository extends JpaRepository<CodeAcceptance, Long> {

    boolean existsByCodeVersionIdAndOrganisationId(long codeVersionId, long organisationId);

    List<CodeAcceptance> findByCodeVersionId(long codeVersionId);
}

package org.bashke.network.governance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssemblyDelegateRepository extends JpaRepository<AssemblyDelegate, Long> {

    Optional<AssemblyDelegate> findByOrganisationId(long organisationId);

    boolean existsByAccountIdAndOrganisationIdNot(long accountId, long organisationId);
}

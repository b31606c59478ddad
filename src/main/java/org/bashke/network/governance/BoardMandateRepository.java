package org.bashke.network.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardMandateRepository extends JpaRepository<BoardMandate, Long> {

    List<BoardMandate> findAllByOrderByTermNumberDescPersonNameAsc();

    List<BoardMandate> findByOrganisationId(long organisationId);

    int countByTermNumber(int termNumber);
}

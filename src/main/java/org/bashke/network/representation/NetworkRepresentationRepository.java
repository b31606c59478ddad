package org.bashke.network.representation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepresentationRepository extends JpaRepository<Representation, Long> {

    List<Representation> findAllByOrderByPlaceKindAscMandateStartDesc();

    List<Representation> findByRepresentativeAccountIdOrderByMandateStartDesc(long accountId);
}

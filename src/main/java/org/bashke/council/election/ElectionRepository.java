package org.bashke.council.election;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionRepository extends JpaRepository<Election, Long> {

    List<Election> findAllByOrderByIdDesc();

    List<Election> findByTermIdOrderByIdAsc(long termId);
}

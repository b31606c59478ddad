package org.bashke.council.body;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, Long> {

    Optional<Body> findByCode(String code);

    List<Body> findAllByOrderByIdAsc();

    List<Body> findByParentIdOrderByObjectiveAscIdAsc(long parentId);
}

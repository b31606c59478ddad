package org.bashke.network.bulletin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkBulletinRepository extends JpaRepository<Bulletin, Long> {

    List<Bulletin> findAllByOrderByCreatedAtDesc();

    List<Bulletin> findBySentAtIsNotNullOrderBySentAtDesc();
}

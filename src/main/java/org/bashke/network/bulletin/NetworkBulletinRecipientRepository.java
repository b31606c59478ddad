package org.bashke.network.bulletin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkBulletinRecipientRepository extends JpaRepository<BulletinRecipient, Long> {

    List<BulletinRecipient> findByBulletinId(long bulletinId);
}

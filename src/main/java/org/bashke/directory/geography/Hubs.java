package org.bashke.directory.geography;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Hubs extends JpaRepository<Hub, Long> {
    Optional<Hub> findByCode(String code);
}

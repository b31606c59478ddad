package org.bashke.directory.importing;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingImports extends JpaRepository<PendingImport, UUID> {

    @Modifying
    @Query("delete from PendingImport p where p.createdAt < :before")
    int deleteOlderThan(Instant before);
}

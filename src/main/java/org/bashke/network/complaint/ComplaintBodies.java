package org.bashke.network.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintBodies extends JpaRepository<ComplaintBody, Long> {

    Optional<ComplaintBody> findFirstByActiveTrueOrderByIdAsc();

    List<ComplaintBody> findAllByOrderByIdAsc();

    @Query("select b.id from ComplaintBody b join b.handlers h where h = ?1")
    List<Long> handledBy(long accountId);
}

package org.bashke.network.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    List<CodeVersion> findByKindOrderByNumberDesc(CodeKind kind);

    @Query("select coalesce(max(v.number), 0) from NetworkCodeVersion v where v.kind = ?1")
    int lastNumber(CodeKind kind);

    /** The version in force on a day: the latest adopted on or before it. */
    Optional<CodeVersion> findFirstByKindAndStatusAndAdoptedOnLessThanEqualOrderByAdoptedOnDescNumberDesc(
            CodeKind kind, String status, LocalDate day);
}

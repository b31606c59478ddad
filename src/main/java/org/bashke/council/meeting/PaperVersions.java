package org.bashke.council.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperVersions extends JpaRepository<PaperVersion, Long> {

    List<PaperVersion> findByPaperIdInOrderByPaperIdAscNumberDesc(Collection<Long> paperIds);

    Optional<PaperVersion> findFirstByPaperIdOrderByNumberDesc(long paperId);

    Optional<PaperVersion> findByPaperIdAndNumber(long paperId, int number);
}

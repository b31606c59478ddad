package org.bashke.network.representation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepresentationReportRepository extends JpaRepository<RepresentationReport, Long> {

    List<RepresentationReport> findByRepresentationIdOrderByDueOnAsc(long representationId);

    List<RepresentationReport> findByRepresentationIdInOrderByDueOnAsc(Collection<Long> representationIds);

    List<RepresentationReport> findByFiledOnIsNullAndDueOnLessThanEqualOrderByDueOnAsc(LocalDate upTo);
}

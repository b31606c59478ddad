package org.bashke.consultation.draft;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.DraftType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    @Query("""
            select c from Consultation c
            where (:institutionId is null or c.institutionId = :institutionId)
              and (:stage is null or c.stage = :stage)
              and (:type is null or c.draftType = :type)
            order by c.closesOn desc, c.id desc""")
    Page<Consultation> search(@Param("institutionId") Long institutionId, @Param("stage") ConsultationStage stage,
                              @Param("type") DraftType type, Pageable page);

    List<Consultation> findByStageOrderByClosesOnAsc(ConsultationStage stage);

    List<Consultation> findByInstitutionIdInOrderByIdDesc(Collection<Long> institutionIds);

    List<Consultation> findAllByOrderByIdDesc();

    List<Consultation> findByOpensOnBetween(LocalDate from, LocalDate to);

    List<Consultation> findByInstitutionIdAndOpensOnBetween(long institutionId, LocalDate from, LocalDate to);
}

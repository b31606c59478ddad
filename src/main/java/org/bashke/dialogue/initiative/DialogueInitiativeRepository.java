package org.bashke.dialogue.initiative;

import java.util.Collection;
import java.util.List;
import org.bashke.dialogue.process.ProcessLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DialogueInitiativeRepository extends JpaRepository<Initiative, Long> {

    @Query("""
            select i from DialogueInitiative i
            where (:level is null or i.level = :level)
              and (:regionCode is null or i.regionCode = :regionCode)
              and (:municipalityCode is null or i.municipalityCode = :municipalityCode)
              and (:organisationId is null or i.targetOrganisationId = :organisationId)
              and (:status is null or i.status = :status)
            order by i.proposedAt desc, i.id desc""")
    List<Initiative> search(@Param("level") ProcessLevel level, @Param("regionCode") String regionCode,
                            @Param("municipalityCode") String municipalityCode,
                            @Param("organisationId") Long organisationId, @Param("status") InitiativeStatus status);

    List<Initiative> findAllByOrderByIdDesc();

    List<Initiative> findByTargetOrganisationIdInOrderByIdDesc(Collection<Long> targets);
}

package org.bashke.dialogue.process;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DialogueProcessRepository extends JpaRepository<DialogueProcess, Long> {

    /** The public list; a null filter matches everything. */
    @Query("""
            select p from DialogueProcess p
            where (:level is null or p.level = :level)
              and (:regionCode is null or p.regionCode = :regionCode)
              and (:hubCode is null or p.hubCode = :hubCode)
              and (:municipalityCode is null or p.municipalityCode = :municipalityCode)
              and (:organisationId is null or p.organisationId = :organisationId)
              and (:status is null or p.status = :status)
            order by p.startedOn desc, p.id desc""")
    List<DialogueProcess> search(@Param("level") ProcessLevel level, @Param("regionCode") String regionCode,
                                 @Param("hubCode") String hubCode, @Param("municipalityCode") String municipalityCode,
                                 @Param("organisationId") Long organisationId,
                                 @Param("status") ProcessStatus status);

    List<DialogueProcess> findAllByOrderByIdDesc();

    /** Processes a hub runs or that are held in one of the municipalities it serves. */
    List<DialogueProcess> findByHubCodeOrMunicipalityCodeIn(String hubCode, Collection<String> municipalityCodes);

    List<DialogueProcess> findByOrganisationIdInOrLevelAndHubCodeInOrderByIdDesc(Collection<Long> organisationIds,
                                                                                 ProcessLevel level, Collection<String> hubCodes);

    List<DialogueProcess> findByStatusInOrderByStartedOnDesc(Collection<ProcessStatus> statuses);

    List<DialogueProcess> findByMunicipalityCodeOrderByStartedOnDescIdDesc(String municipalityCode);

    /** How many processes each municipality has: municipality code, count. */
    @Query("select p.municipalityCode, count(p) from DialogueProcess p where p.municipalityCode is not null group by p.municipalityCode")
    List<Object[]> countByMunicipality();
}

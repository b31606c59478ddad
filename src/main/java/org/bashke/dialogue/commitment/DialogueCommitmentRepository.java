package org.bashke.dialogue.commitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueCommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByProcessIdOrderByMadeOnAscIdAsc(long processId);

    List<Commitment> findByInitiativeIdOrderByMadeOnAscIdAsc(long initiativeId);

    /** Made in the processes or initiatives of one municipality, or by it (its trail and follow-up on the municipality page). */
    @org.springframework.data.jpa.repository.Query("""
            select c from DialogueCommitment c
            where c.responsibleOrganisationId = :organisationId
               or c.processId in (select p.id from DialogueProcess p where p.municipalityCode = :code)
               or c.initiativeId in (select i.id from DialogueInitiative i where i.municipalityCode = :code)
            order by c.madeOn desc, c.id desc""")
    List<Commitment> ofMunicipality(@org.springframework.data.repository.query.Param("code") String code,
                                    @org.springframework.data.repository.query.Param("organisationId") long organisationId);
}

package org.bashke.dialogue.checklist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DialogueAssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByProcessId(long processId);

    List<Assessment> findByProcessIdInAndSide(Collection<Long> processIds, Side side);

    Optional<Assessment> findByProcessIdAndPrincipleIdAndSideAndAssessorOrganisationId(long processId, long principleId,
                                                                                      Side side, long assessorOrganisationId);

    /** Per organising institution, how many of one side's assessments gave each rating: {organisationId, rating, count}. */
    @Query("""
            select p.organisationId, a.rating, count(a) from DialogueAssessment a, DialogueProcess p
            where a.processId = p.id and a.side = :side
            group by p.organisationId, a.rating""")
    List<Object[]> ratingsByOrganisation(@Param("side") Side side);
}

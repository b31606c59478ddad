package org.bashke.fund.eligibility;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Eligibilities extends JpaRepository<Eligibility, Long> {

    Optional<Eligibility> findByOrganisationIdAndYear(long organisationId, int year);

    List<Eligibility> findByOrganisationIdInOrderByYearDesc(Collection<Long> organisationIds);

    List<Eligibility> findByYearOrderByStatusAscIdAsc(int year);

    /** Locked: approvals for one organisation and year queue up, so its yearly cap holds under parallel approvals. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Eligibility e where e.organisationId = :org and e.year = :year")
    Optional<Eligibility> lock(@Param("org") long organisationId, @Param("year") int year);
}

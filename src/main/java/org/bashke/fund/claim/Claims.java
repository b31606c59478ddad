package org.bashke.fund.claim;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Claims extends JpaRepository<Claim, Long> {

    Optional<Claim> findByMeetingIdAndAccountId(long meetingId, long accountId);

    List<Claim> findByOrganisationIdInOrderByMeetingDateDescIdDesc(Collection<Long> organisationIds);

    List<Claim> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<ClaimStatus> statuses);

    List<Claim> findByBatchIdOrderById(long batchId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Claim c where c.id = :id")
    Optional<Claim> lockById(@Param("id") long id);

    /** The claim with its lines loaded, for pages (which run outside a transaction). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "lines")
    @Query("select c from Claim c where c.id = :id")
    Optional<Claim> withLines(@Param("id") long id);

    @Query("select c.organisationId from Claim c where c.id = :id")
    Optional<Long> organisationOf(@Param("id") long id);

    @Query("select c.meetingDate from Claim c where c.id = :id")
    Optional<java.time.LocalDate> meetingDateOf(@Param("id") long id);

    /** What an organisation was approved or paid for meetings of a year (one claim left out). */
    @Query("select coalesce(sum(c.approvedAmount), 0) from Claim c where c.organisationId = :org and c.status in "
            + "(org.bashke.fund.claim.ClaimStatus.APPROVED, org.bashke.fund.claim.ClaimStatus.IN_BATCH, "
            + "org.bashke.fund.claim.ClaimStatus.PAID) and year(c.meetingDate) = :year and c.id <> :except")
    BigDecimal committedForOrganisation(@Param("org") long organisationId, @Param("year") int year, @Param("except") long exceptClaimId);
}

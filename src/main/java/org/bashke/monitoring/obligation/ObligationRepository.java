package org.bashke.monitoring.obligation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bashke.monitoring.ObligationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ObligationRepository extends JpaRepository<Obligation, Long>, JpaSpecificationExecutor<Obligation> {

    Optional<Obligation> findBySourceModuleAndSourceTypeAndSourceId(String module, String type, Long sourceId);

    Optional<Obligation> findByStrategyIdAndCode(Long strategyId, String code);

    List<Obligation> findByStrategyIdOrderByCode(Long strategyId);

    List<Obligation> findByInstitutionIdOrderByDeadlineAsc(Long institutionId);

    List<Obligation> findByInstitutionIdInOrderByDeadlineAsc(Collection<Long> institutionIds);

    /** Open obligations with a deadline up to a day: the candidates for reminders and the overdue list. */
    @Query("select o from MonitoringObligation o where o.deadline is not null and o.deadline <= ?1 and o.status not in ?2 order by o.deadline")
    List<Obligation> openWithDeadlineUpTo(LocalDate day, Collection<ObligationStatus> closed);

    List<Obligation> findTop5ByStatusOrderByStatusChangedAtDesc(ObligationStatus status);

    @Query("select distinct o.institutionId from MonitoringObligation o where o.institutionId is not null")
    List<Long> institutionIds();

    @Query("select distinct o.sourceType from MonitoringObligation o")
    List<String> sourceTypes();
}

package org.bashke.network.internship;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InternshipCalls extends JpaRepository<InternshipCall, Long> {

    List<InternshipCall> findByStatusAndDeadlineGreaterThanEqualOrderByDeadlineAsc(InternshipCall.Status status, LocalDate today);

    List<InternshipCall> findAllByOrderByIdDesc();

    @Query("select c from InternshipCall c join c.selectors s where s = ?1 order by c.id desc")
    List<InternshipCall> selecting(long accountId);

    @Query("select c from InternshipCall c where c.status = 'CLOSED' and c.purgedAt is null")
    List<InternshipCall> closedNotPurged();
}

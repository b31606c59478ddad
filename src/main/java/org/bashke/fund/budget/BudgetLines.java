package org.bashke.fund.budget;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetLines extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByYearOrderByName(int year);

    List<BudgetLine> findAllByOrderByYearDescName();

    /**
     * The line, locked until the end of the transaction: approvals against one line queue up behind each
     * other, so each sees what the one before it committed and the line never goes below zero.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BudgetLine b where b.id = :id")
    Optional<BudgetLine> lockById(@Param("id") long id);
}

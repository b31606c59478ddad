package org.bashke.fund.payment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentBatches extends JpaRepository<PaymentBatch, Long> {

    List<PaymentBatch> findAllByOrderByIdDesc();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from PaymentBatch b where b.id = :id")
    Optional<PaymentBatch> lockById(@Param("id") long id);
}

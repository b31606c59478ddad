package org.bashke.fund.payment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByClaimIdOrderById(long claimId);
}

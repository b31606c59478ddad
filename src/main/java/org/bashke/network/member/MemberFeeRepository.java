package org.bashke.network.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberFeeRepository extends JpaRepository<MemberFee, Long> {

    Optional<MemberFee> findByMemberIdAndYear(long memberId, int year);

    List<MemberFee> findByYear(int year);
}

package org.bashke.network.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberConfirmationRepository extends JpaRepository<MemberConfirmation, Long> {

    Optional<MemberConfirmation> findByMemberIdAndYear(long memberId, int year);

    List<MemberConfirmation> findByYear(int year);
}

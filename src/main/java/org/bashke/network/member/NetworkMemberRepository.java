package org.bashke.network.member;

import java.util.List;
import java.util.Optional;
import org.bashke.network.MemberStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkMemberRepository extends JpaRepository<NetworkMember, Long> {

    Optional<NetworkMember> findByOrganisationId(long organisationId);

    List<NetworkMember> findByStatusOrderByMemberSinceAscIdAsc(MemberStatus status);

    List<NetworkMember> findAllByOrderByMemberSinceAscIdAsc();
}

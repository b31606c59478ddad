package org.bashke.network.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingGroupMemberRepository extends JpaRepository<WorkingGroupMember, Long> {

    List<WorkingGroupMember> findByGroupId(long groupId);

    Optional<WorkingGroupMember> findByGroupIdAndOrganisationId(long groupId, long organisationId);
}

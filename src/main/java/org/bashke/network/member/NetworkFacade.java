package org.bashke.network.member;

import java.util.List;
import java.util.Optional;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.bashke.network.Network;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.governance.WorkingGroupMember;
import org.bashke.network.governance.WorkingGroupMemberRepository;
import org.bashke.network.governance.WorkingGroupRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member register as other modules and the network's own parts see it. */
@Component
@Transactional(readOnly = true)
class NetworkFacade implements Network {

    private final NetworkMemberRepository members;
    private final WorkingGroupRepository groups;
    private final WorkingGroupMemberRepository groupMembers;
    private final CodesInForce codes;

    NetworkFacade(NetworkMemberRepository members, WorkingGroupRepository groups, WorkingGroupMemberRepository groupMembers,
                  CodesInForce codes) {
        this.members = members;
        this.groups = groups;
        this.groupMembers = groupMembers;
        this.codes = codes;
    }

    @Override
    public List<MemberSummary> members(MemberStatus status) {
        List<NetworkMember> found = status == null ? members.findAllByOrderByMemberSinceAscIdAsc()
                : members.findByStatusOrderByMemberSinceAscIdAsc(status);
        return found.stream().map(NetworkMember::summary).toList();
    }

    @Override
    public Optional<MemberSummary> memberOf(long organisationId) {
        return members.findByOrganisationId(organisationId).map(NetworkMember::summary);
    }

    @Override
    public boolean isActiveMember(long organisationId) {
        return members.findByOrganisationId(organisationId).map(m -> m.activeOn(CodesInForce.today())).orElse(false);
    }

    @Override
    public List<Long> workingGroupOrganisations(int objective) {
        return groups.findByObjective(objective).map(g -> groupMembers.findByGroupId(g.getId()).stream()
                .map(WorkingGroupMember::getOrganisationId).toList()).orElse(List.of());
    }

    @Override
    public boolean acceptedCodeOfConduct(long organisationId) {
        return codes.accepted(organisationId, CodeKind.CODE_OF_CONDUCT);
    }
}

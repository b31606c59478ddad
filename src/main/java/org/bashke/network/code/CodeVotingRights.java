package org.bashke.network.code;

import java.util.Optional;
import org.bashke.council.VotingRights;
import org.bashke.network.Network;
import org.bashke.network.governance.NetworkBodies;
import org.springframework.stereotype.Component;

/**
 * In elections to CiviKos's own bodies (the Board, the Assembly) only member organisations in good standing
 * vote, and a member that has not accepted the code of conduct in force cannot vote until it does.
 */
@Component
class CodeVotingRights implements VotingRights {

    private final NetworkBodies bodies;
    private final Network network;
    private final CodesInForce codes;

    CodeVotingRights(NetworkBodies bodies, Network network, CodesInForce codes) {
        this.bodies = bodies;
        this.network = network;
        this.codes = codes;
    }

    @Override
    public Optional<String> refusal(long bodyId, long organisationId) {
        if (!bodies.isNetworkBody(bodyId)) {
            return Optional.empty();
        }
        if (!network.isActiveMember(organisationId)) {
            return Optional.of("network-code.vote.notMember");
        }
        if (!codes.accepted(organisationId, CodeKind.CODE_OF_CONDUCT)) {
            return Optional.of("network-code.vote.codeNotAccepted");
        }
        return Optional.empty();
    }
}

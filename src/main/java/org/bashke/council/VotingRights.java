package org.bashke.council;

import java.util.Optional;

/**
 * A say other modules have over who may vote in an election of a body: the network module refuses a ballot
 * for CiviKos's Board to a member that has not accepted the code of conduct in force. Implemented outside
 * council (as Spring beans) so that council depends on no one; every implementation is asked.
 */
public interface VotingRights {

    /**
     * Why the organisation may not register or vote in an election to this body, as a message key for the
     * reader's language; empty when nothing here stands in its way.
     */
    Optional<String> refusal(long bodyId, long organisationId);
}

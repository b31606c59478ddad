package org.bashke.network;

import java.util.List;
import java.util.Optional;

/** What other modules (and the network's own parts) may ask of the CiviKos member register. */
public interface Network {

    /** Member organisations in one status, or in every status when {@code status} is null; by joining date. */
    List<MemberSummary> members(MemberStatus status);

    /** The membership of one organisation, whatever its status. */
    Optional<MemberSummary> memberOf(long organisationId);

    /** Whether the organisation is a member in good standing today (active, not suspended, not left). */
    boolean isActiveMember(long organisationId);

    /** The member organisations in one of the four internal working groups (objective 1–4), e.g. as an audience. */
    List<Long> workingGroupOrganisations(int objective);

    /** Whether the organisation accepted the code of conduct in force (true when no version is in force). */
    boolean acceptedCodeOfConduct(long organisationId);
}

package org.bashke.network.governance;

import java.util.Optional;

/**
 * In the Assembly each member organisation has exactly one representative: an active member names one of its
 * own representatives, a second one replaces the first (never two at once), and a person speaks for one
 * organisation only.
 */
public final class OneRepresentativePerMemberRule {

    private OneRepresentativePerMemberRule() {
    }

    /** Why the person may not represent the organisation in the Assembly, as a message key; empty when they may. */
    public static Optional<String> check(boolean activeMember, boolean personActsForOrganisation,
                                         boolean personRepresentsAnotherMember) {
        if (!activeMember) {
            return Optional.of("network-member.rule.assembly.notMember");
        }
        if (!personActsForOrganisation) {
            return Optional.of("network-member.rule.assembly.notRepresentative");
        }
        if (personRepresentsAnotherMember) {
            return Optional.of("network-member.rule.assembly.otherMember");
        }
        return Optional.empty();
    }
}

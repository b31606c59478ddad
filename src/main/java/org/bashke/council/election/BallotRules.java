package org.bashke.council.election;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a ballot may hold: at most as many candidates as there are seats, each on the ballot once.
 * A blank ballot (no choice) is a valid way to take part.
 */
public final class BallotRules {

    private BallotRules() {
    }

    /** @return the choices as a set, when the ballot is valid */
    public static Set<Long> check(int seats, Set<Long> onBallot, Collection<Long> choices) {
        List<Long> given = choices == null ? List.of() : List.copyOf(choices);
        Set<Long> unique = new HashSet<>(given);
        if (unique.size() != given.size()) {
            throw new ElectionRuleBroken("council-election.rule.ballot.duplicate");
        }
        if (unique.size() > seats) {
            throw new ElectionRuleBroken("council-election.rule.ballot.tooMany");
        }
        if (!onBallot.containsAll(unique)) {
            throw new ElectionRuleBroken("council-election.rule.ballot.unknownCandidate");
        }
        return unique;
    }
}

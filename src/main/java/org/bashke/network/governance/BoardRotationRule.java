package org.bashke.network.governance;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Board's rotation: it has a fixed number of seats (9 by default) and no member organisation sits more
 * than a set number of consecutive terms (2 by default); both come from the rules of procedure.
 */
public final class BoardRotationRule {

    private BoardRotationRule() {
    }

    /**
     * Why the organisation may not take a seat in {@code term}, as a message key; empty when it may.
     *
     * @param termsSat         the terms it already sat in
     * @param seatsTakenInTerm how many seats of that term are already filled
     */
    public static Optional<String> check(Collection<Integer> termsSat, int term, int seats, int seatsTakenInTerm,
                                         int maxConsecutiveTerms) {
        Set<Integer> sat = new TreeSet<>(termsSat);
        if (sat.contains(term)) {
            return Optional.of("network-member.rule.board.alreadySeated");
        }
        if (seatsTakenInTerm >= seats) {
            return Optional.of("network-member.rule.board.full");
        }
        int run = 1;
        for (int t = term - 1; sat.contains(t); t--) {
            run++;
        }
        for (int t = term + 1; sat.contains(t); t++) {
            run++;
        }
        if (run > maxConsecutiveTerms) {
            return Optional.of("network-member.rule.board.rotation");
        }
        return Optional.empty();
    }
}

package org.bashke.dialogue.checklist;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * The partnership score of a process, 0–100: a principle met counts fully, partly met counts half, not met
 * counts nothing. Only assessed principles count — an unassessed one is unknown, not failed — so the page
 * shows how many were assessed beside the score.
 */
public final class PartnershipScore {

    private PartnershipScore() {
    }

    public static OptionalInt of(Collection<Rating> ratings) {
        if (ratings.isEmpty()) {
            return OptionalInt.empty();
        }
        double points = ratings.stream().mapToDouble(PartnershipScore::points).sum();
        return OptionalInt.of((int) Math.round(100 * points / ratings.size()));
    }

    /** The same over counted ratings (an institution's score over all its processes). */
    public static OptionalInt ofCounts(java.util.Map<Rating, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return OptionalInt.empty();
        }
        double points = counts.entrySet().stream().mapToDouble(e -> points(e.getKey()) * e.getValue()).sum();
        return OptionalInt.of((int) Math.round(100 * points / n));
    }

    static double points(Rating rating) {
        return switch (rating) {
            case YES -> 1.0;
            case PARTLY -> 0.5;
            case NO -> 0.0;
        };
    }
}

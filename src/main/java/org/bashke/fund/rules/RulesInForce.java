package org.bashke.fund.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which version of the rules judges a meeting: the published version of the meeting's year with the latest
 * start date on or before the meeting date (of two from the same day, the later number). A version published
 * after the meeting but in force from an earlier date does apply: the date in force is what counts.
 */
public final class RulesInForce {

    private RulesInForce() {
    }

    public static Optional<RulesVersion> on(LocalDate meetingDate, Collection<RulesVersion> versions) {
        return versions.stream()
                .filter(RulesVersion::isPublished)
                .filter(v -> v.getYear() == meetingDate.getYear())
                .filter(v -> !v.getEffectiveFrom().isAfter(meetingDate))
                .max(Comparator.comparing(RulesVersion::getEffectiveFrom).thenComparing(RulesVersion::getNumber));
    }
}

package org.bashke.fund.claim;

import java.util.Optional;
import org.bashke.fund.rules.FundRuleBroken;

/**
 * Whether a claim may be started for one person at one meeting: the attendance is confirmed and for this
 * organisation, there is no claim for that person and meeting yet, the organisation is eligible on the
 * meeting date, and rules are in force on it. The first reason that fails is the one explained.
 */
public final class ClaimPolicy {

    private ClaimPolicy() {
    }

    public record Facts(boolean attended, Long existingClaimId, boolean eligibleOnMeetingDate, boolean rulesInForce) {
    }

    public static Optional<FundRuleBroken> refusal(Facts f) {
        if (!f.attended()) {
            return Optional.of(new FundRuleBroken("support.rule.claim.notAttended"));
        }
        if (f.existingClaimId() != null) {
            return Optional.of(new FundRuleBroken("support.rule.claim.double", f.existingClaimId()));
        }
        if (!f.eligibleOnMeetingDate()) {
            return Optional.of(new FundRuleBroken("support.rule.claim.notEligible"));
        }
        if (!f.rulesInForce()) {
            return Optional.of(new FundRuleBroken("support.rule.claim.noRules"));
        }
        return Optional.empty();
    }
}

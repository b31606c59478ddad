package org.bashke.fund.claim;

import java.util.EnumSet;
import java.util.Set;
import org.bashke.fund.rules.FundRuleBroken;

/**
 * The life of a claim: draft → submitted → in review → changes requested (back to submitted) → approved or
 * rejected → in a payment batch → paid. Nothing else: every other move is refused.
 */
public enum ClaimStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED, IN_BATCH, PAID;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED);
            case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            // an approved claim taken out of a batch (the bank refused the account) waits for the next one
            case APPROVED -> EnumSet.of(IN_BATCH);
            case IN_BATCH -> EnumSet.of(PAID, APPROVED);
            case REJECTED, PAID -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean mayMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    public void mustMoveTo(ClaimStatus target) {
        if (!mayMoveTo(target)) {
            throw new FundRuleBroken("support.rule.claim.transition", name(), target.name());
        }
    }

    /** The claimant may change lines only before submitting, or when the secretariat asked for changes. */
    public boolean editableByClaimant() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Counts against the organisation's and the budget line's caps. */
    public boolean commits() {
        return this == APPROVED || this == IN_BATCH || this == PAID;
    }
}

package org.bashke.council.meeting;

import org.bashke.council.body.QuorumRule;

/**
 * The quorum of a sitting, counted by the body's rule ({@link QuorumRule}, named by
 * {@link org.bashke.council.body.Membership#quorumRule}): a seat counts as present when its holder or the
 * holder's substitute is there, once per seat.
 *
 * @param present  seats represented
 * @param filled   seats held on the day
 * @param provided seats the term provides
 * @param required seats that must be represented
 */
public record Quorum(QuorumRule rule, int present, int filled, int provided, int required, boolean reached) {

    /** An unknown or missing rule name counts as the Council's rule, more than half of the seats filled. */
    public static Quorum count(String ruleName, int present, int filled, int provided) {
        QuorumRule rule = QuorumRule.MAJORITY_OF_FILLED_SEATS;
        for (QuorumRule r : QuorumRule.values()) {
            if (ruleName != null && r.name().equalsIgnoreCase(ruleName.strip())) {
                rule = r;
            }
        }
        return new Quorum(rule, present, filled, provided, rule.needed(filled, provided), rule.met(present, filled, provided));
    }
}

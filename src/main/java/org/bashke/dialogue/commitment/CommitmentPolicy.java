package org.bashke.dialogue.commitment;

import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.InitiativeAnswer;
import org.bashke.dialogue.initiative.InitiativeStatus;
import org.bashke.dialogue.process.DialogueRuleException;

/**
 * A commitment is concrete: it has a date it was made and a deadline not before it. In answer to an
 * initiative, it follows the institution's answer — an initiative still waiting, or rejected, carries none.
 */
public final class CommitmentPolicy {

    private CommitmentPolicy() {
    }

    public static void requireDeadline(java.time.LocalDate madeOn, java.time.LocalDate deadline) {
        if (madeOn == null) {
            throw new DialogueRuleException("dialogue.rule.commitment.madeOn", "madeOn");
        }
        if (deadline == null) {
            throw new DialogueRuleException("dialogue.rule.commitment.deadline", "deadline");
        }
        if (deadline.isBefore(madeOn)) {
            throw new DialogueRuleException("dialogue.rule.commitment.deadlineBeforeMade", "deadline");
        }
    }

    public static void requireAnswerAllowsCommitment(Initiative initiative) {
        if (initiative.getStatus() != InitiativeStatus.ANSWERED) {
            throw new DialogueRuleException("dialogue.rule.commitment.notAnswered");
        }
        if (initiative.getAnswer() == InitiativeAnswer.REJECTED) {
            throw new DialogueRuleException("dialogue.rule.commitment.rejected");
        }
    }
}

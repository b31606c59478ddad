package org.bashke.dialogue.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.dialogue.CommitmentMade;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.InitiativeAnswer;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class CommitmentPolicyTest {

    static final LocalDate MADE = LocalDate.of(2026, 11, 27);

    static Initiative initiative() {
        return new Initiative(1, new Placement(ProcessLevel.CENTRAL, 10, null, null, null), "t", "p", "a", "sq", 1L, "n", Instant.now());
    }

    @Test
    void a_commitment_has_a_deadline_not_before_the_day_it_was_made() {
        assertThatThrownBy(() -> CommitmentPolicy.requireDeadline(MADE, MADE.minusDays(1)))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.commitment.deadlineBeforeMade");
        assertThatThrownBy(() -> CommitmentPolicy.requireDeadline(MADE, null))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.commitment.deadline");
        CommitmentPolicy.requireDeadline(MADE, MADE);
    }

    @Test
    void an_initiative_still_waiting_for_its_answer_carries_no_commitment() {
        assertThatThrownBy(() -> CommitmentPolicy.requireAnswerAllowsCommitment(initiative()))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.commitment.notAnswered");
    }

    @Test
    void a_rejected_initiative_carries_no_commitment() {
        Initiative i = initiative();
        i.answer(InitiativeAnswer.REJECTED, "Nuk ka buxhet.", "officer", Instant.now());
        assertThatThrownBy(() -> CommitmentPolicy.requireAnswerAllowsCommitment(i))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.commitment.rejected");
    }

    @Test
    void a_partly_accepted_initiative_may_carry_a_commitment() {
        Initiative i = initiative();
        i.answer(InitiativeAnswer.PARTLY_ACCEPTED, "Vetëm vendimet kryesore.", "officer", Instant.now());
        CommitmentPolicy.requireAnswerAllowsCommitment(i);
    }

    @Test
    void a_commitment_answering_an_initiative_tells_monitoring_it_has_no_process() {
        Commitment c = new Commitment(null, 7L, LocalizedText.same("Publikojmë vendimet."), null, 10, MADE, MADE.plusDays(30), "officer", Instant.now());
        org.springframework.test.util.ReflectionTestUtils.setField(c, "id", 42L); // as once saved
        CommitmentMade made = c.made();
        assertThat(made.processId()).isZero();
        assertThat(made.initiativeId()).isEqualTo(7L);
        assertThat(made.url()).isEqualTo("/dialogue/initiatives/7#commitment-42");
    }
}

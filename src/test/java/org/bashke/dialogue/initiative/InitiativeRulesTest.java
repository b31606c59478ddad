package org.bashke.dialogue.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.bashke.dialogue.process.Actor;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class InitiativeRulesTest {

    static final long PROPOSER = 1, OTHER_CSO = 2, PRIZREN = 20;

    static Initiative initiative() {
        return new Initiative(PROPOSER, new Placement(ProcessLevel.MUNICIPAL, PRIZREN, "PRZ", "PRZ", "PRZ"),
                "Vendimet në turqisht", "Problemi", "Kërkesa", "sq", 1L, "Arta", Instant.now());
    }

    static Actor representativeOf(long organisation) {
        return new Actor(false, Set.of(), Set.of(), Set.of(organisation));
    }

    @Test
    void partly_accepting_or_rejecting_an_initiative_needs_a_reason() {
        assertThatThrownBy(() -> initiative().answer(InitiativeAnswer.REJECTED, " ", "officer", Instant.now()))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.answer.reason");
        assertThatThrownBy(() -> initiative().answer(InitiativeAnswer.PARTLY_ACCEPTED, null, "officer", Instant.now()))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.answer.reason");
    }

    @Test
    void accepting_an_initiative_needs_no_reason() {
        Initiative i = initiative();
        i.answer(InitiativeAnswer.ACCEPTED, null, "officer", Instant.now());
        assertThat(i.getStatus()).isEqualTo(InitiativeStatus.ANSWERED);
        assertThat(i.getAnswer()).isEqualTo(InitiativeAnswer.ACCEPTED);
    }

    @Test
    void an_initiative_is_answered_once() {
        Initiative i = initiative();
        i.answer(InitiativeAnswer.REJECTED, "Nuk ka buxhet.", "officer", Instant.now());
        assertThatThrownBy(() -> i.answer(InitiativeAnswer.ACCEPTED, null, "officer", Instant.now()))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.initiative.answered");
        assertThat(i.getAnswer()).isEqualTo(InitiativeAnswer.REJECTED);
    }

    @Test
    void a_cso_representative_supports_only_for_their_own_organisation() {
        assertThatThrownBy(() -> SupportPolicy.requireCsoMaySupport(representativeOf(OTHER_CSO), initiative(), 3, false))
                .isInstanceOf(AccessDeniedException.class);
        SupportPolicy.requireCsoMaySupport(representativeOf(OTHER_CSO), initiative(), OTHER_CSO, false);
    }

    @Test
    void the_proposing_cso_does_not_support_its_own_initiative() {
        assertThatThrownBy(() -> SupportPolicy.requireCsoMaySupport(representativeOf(PROPOSER), initiative(), PROPOSER, false))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.support.own");
    }

    @Test
    void an_organisation_supports_an_initiative_once() {
        assertThatThrownBy(() -> SupportPolicy.requireCsoMaySupport(representativeOf(OTHER_CSO), initiative(), OTHER_CSO, true))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.support.already");
    }

    @Test
    void nobody_supports_an_initiative_after_the_institution_answered() {
        Initiative i = initiative();
        i.answer(InitiativeAnswer.ACCEPTED, null, "officer", Instant.now());
        assertThatThrownBy(() -> SupportPolicy.requireCsoMaySupport(representativeOf(OTHER_CSO), i, OTHER_CSO, false))
                .isInstanceOf(DialogueRuleException.class).hasMessage("dialogue.rule.initiative.answered");
    }
}

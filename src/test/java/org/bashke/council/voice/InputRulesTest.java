package org.bashke.council.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bashke.council.voice.CallForInputRulesTest.assertRule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bashke.council.body.SeatHolder;
import org.bashke.council.body.Side;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void a_second_submission_from_the_same_organisation_on_the_same_item_revises_the_first() {
        CsoInput first = OneInputPerOrganisationPerItem.apply(Optional.empty(), 1, 10, 300, 7, "Ana", "sq", "Teksti i parë",
                true, List.of(11L), NOW);
        CsoInput second = OneInputPerOrganisationPerItem.apply(Optional.of(first), 1, 10, 300, 8, "Besa", "en", "Second text",
                false, List.of(12L), NOW.plusSeconds(60));
        assertThat(second).isSameAs(first);
        assertThat(second.getBody()).isEqualTo("Second text");
        assertThat(second.getFileIds()).containsExactly(11L, 12L);
        assertThat(second.isPublicInput()).isFalse();
        assertThat(second.getAuthorAccountId()).isEqualTo(8);
        assertThat(second.getRevisedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.getSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void an_input_has_text_and_at_most_five_files_all_submissions_counted() {
        assertRule(() -> OneInputPerOrganisationPerItem.apply(Optional.empty(), 1, 10, 300, 7, "Ana", "sq", "  ", true,
                List.of(), NOW), "council-voice.rule.input.bodyRequired");
        assertRule(() -> OneInputPerOrganisationPerItem.apply(Optional.empty(), 1, 10, 300, 7, "Ana", "sq",
                "x".repeat(CsoInput.BODY_MAX + 1), true, List.of(), NOW), "council-voice.rule.input.bodyTooLong");
        CsoInput input = OneInputPerOrganisationPerItem.apply(Optional.empty(), 1, 10, 300, 7, "Ana", "sq", "Teksti", true,
                List.of(1L, 2L, 3L), NOW);
        assertRule(() -> OneInputPerOrganisationPerItem.apply(Optional.of(input), 1, 10, 300, 7, "Ana", "sq", "Teksti",
                true, List.of(4L, 5L, 6L), NOW), "council-voice.rule.input.tooManyFiles");
        assertThat(input.getFileIds()).hasSize(3);
    }

    @Test
    void holders_and_substitutes_of_civil_society_seats_are_the_cso_members_and_government_members_are_not() {
        List<SeatHolder> seats = List.of(
                new SeatHolder(1, 1, Side.CIVIL_SOCIETY, 100, 300L, 101L, "CO_CHAIR", null),
                new SeatHolder(2, 1, Side.GOVERNMENT, 200, 400L, 201L, "CHAIR", null));
        assertThat(CsoSideMembers.includes(seats, 100)).isTrue();
        assertThat(CsoSideMembers.includes(seats, 101)).isTrue();
        assertThat(CsoSideMembers.includes(seats, 200)).isFalse();
        assertThat(CsoSideMembers.includes(seats, 201)).isFalse();
        assertThat(CsoSideMembers.includes(seats, 999)).isFalse();
    }
}

package org.bashke.dialogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bashke.dialogue.commitment.Commitment;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.InitiativeAnswer;
import org.bashke.dialogue.initiative.Support;
import org.bashke.dialogue.initiative.SupporterKind;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The rule: an initiative's status over time lists proposal, supports, answer and commitments by date. */
class InitiativeTimelineTest {

    static final Placement PRIZREN = new Placement(ProcessLevel.MUNICIPAL, 7L, "PRZ", "PRZ", "PRZ");

    @Test
    void an_initiative_just_proposed_has_one_entry() {
        Initiative i = new Initiative(1L, PRIZREN, "t", "p", "a", "sq", null, "Ana", Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(InitiativeTimeline.of(i, "QDNP", List.of(), s -> null, List.of(), c -> null))
                .containsExactly(new InitiativeTimeline.Entry(LocalDate.of(2026, 11, 2), "dialogue.timeline.proposed", "QDNP"));
    }

    @Test
    void supports_the_answer_and_a_commitment_follow_in_date_order_with_the_kind_of_supporter() {
        Initiative i = new Initiative(1L, PRIZREN, "t", "p", "a", "sq", null, "Ana", Instant.parse("2026-11-02T09:00:00Z"));
        i.answer(InitiativeAnswer.PARTLY_ACCEPTED, "arsye", "Zyra", Instant.parse("2026-11-20T10:00:00Z"));
        List<Support> supports = List.of(
                new Support(1L, SupporterKind.HUB, 3L, "Beni", Instant.parse("2026-11-05T10:00:00Z")),
                new Support(1L, SupporterKind.CSO, 9L, "Dea", Instant.parse("2026-11-03T10:00:00Z")),
                new Support(1L, SupporterKind.SECRETARIAT, 0L, "Sekretariati", Instant.parse("2026-11-06T10:00:00Z")));
        Commitment c = new Commitment(null, 1L, LocalizedText.same("Zotimi"), null, 7L, LocalDate.of(2026, 11, 21),
                LocalDate.of(2027, 1, 31), "Zyra", Instant.now());
        List<InitiativeTimeline.Entry> entries = InitiativeTimeline.of(i, "QDNP", supports,
                s -> s.getSupporterKind() == SupporterKind.SECRETARIAT ? null : s.getSupportedByName(), List.of(c), x -> "Zotimi");
        assertThat(entries).extracting(InitiativeTimeline.Entry::messageKey).containsExactly("dialogue.timeline.proposed",
                "dialogue.timeline.supported", "dialogue.timeline.supportedHub", "dialogue.timeline.supportedSecretariat",
                "dialogue.timeline.answered.PARTLY_ACCEPTED", "dialogue.timeline.committed");
        assertThat(entries.get(1).argument()).isEqualTo("Dea");
        assertThat(entries.get(3).argument()).isNull();
        assertThat(entries.get(5)).isEqualTo(new InitiativeTimeline.Entry(LocalDate.of(2026, 11, 21), "dialogue.timeline.committed", "Zotimi"));
    }

    @Test
    void a_late_evening_in_kosovo_counts_on_that_day() {
        Initiative i = new Initiative(1L, PRIZREN, "t", "p", "a", "sq", null, "Ana", Instant.parse("2026-11-02T23:30:00Z"));
        assertThat(InitiativeTimeline.of(i, "QDNP", List.of(), s -> null, List.of(), c -> null).get(0).on())
                .isEqualTo(LocalDate.of(2026, 11, 3));
    }
}

package org.bashke.dialogue.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PartnershipScoreTest {

    @Test
    void a_principle_met_counts_fully_partly_met_half_and_not_met_nothing() {
        assertThat(PartnershipScore.of(List.of(Rating.YES, Rating.PARTLY, Rating.NO, Rating.YES))).hasValue(63);
        assertThat(PartnershipScore.of(List.of(Rating.YES, Rating.YES))).hasValue(100);
        assertThat(PartnershipScore.of(List.of(Rating.NO))).hasValue(0);
        assertThat(PartnershipScore.of(List.of(Rating.PARTLY))).hasValue(50);
    }

    @Test
    void a_process_nobody_assessed_has_no_score_rather_than_zero() {
        assertThat(PartnershipScore.of(List.of())).isEqualTo(OptionalInt.empty());
    }

    @Test
    void an_institutions_score_counts_every_assessment_of_all_its_processes_alike() {
        assertThat(PartnershipScore.ofCounts(java.util.Map.of(Rating.YES, 3L, Rating.PARTLY, 2L, Rating.NO, 1L))).hasValue(67);
        assertThat(PartnershipScore.ofCounts(java.util.Map.of())).isEqualTo(OptionalInt.empty());
    }
}

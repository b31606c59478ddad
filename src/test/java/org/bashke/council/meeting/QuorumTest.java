package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.bashke.council.body.QuorumRule;
import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void the_council_needs_more_than_half_of_its_filled_seats_present_or_by_substitute() {
        Quorum q = Quorum.count("MAJORITY_OF_FILLED_SEATS", 14, 27, 29);
        assertThat(q.required()).isEqualTo(14);
        assertThat(q.reached()).isTrue();
        assertThat(Quorum.count("MAJORITY_OF_FILLED_SEATS", 13, 27, 29).reached()).isFalse();
    }

    @Test
    void exactly_half_of_an_even_number_of_filled_seats_is_not_a_quorum() {
        assertThat(Quorum.count("MAJORITY_OF_FILLED_SEATS", 14, 28, 29).reached()).isFalse();
        assertThat(Quorum.count("MAJORITY_OF_FILLED_SEATS", 15, 28, 29).reached()).isTrue();
    }

    @Test
    void a_body_counting_all_its_seats_counts_vacant_ones_too() {
        Quorum q = Quorum.count("MAJORITY_OF_ALL_SEATS", 14, 27, 29);
        assertThat(q.required()).isEqualTo(15);
        assertThat(q.reached()).isFalse();
    }

    @Test
    void two_thirds_of_the_filled_seats_rounds_up() {
        assertThat(Quorum.count("TWO_THIRDS_OF_FILLED_SEATS", 6, 10, 12).reached()).isFalse();
        assertThat(Quorum.count("TWO_THIRDS_OF_FILLED_SEATS", 7, 10, 12).reached()).isTrue();
        assertThat(Quorum.count("TWO_THIRDS_OF_FILLED_SEATS", 6, 9, 12).reached()).isTrue();
    }

    @Test
    void an_unknown_rule_name_counts_as_the_councils_rule() {
        assertThat(Quorum.count("SOMETHING_ELSE", 3, 4, 10).rule()).isEqualTo(QuorumRule.MAJORITY_OF_FILLED_SEATS);
        assertThat(Quorum.count(null, 3, 4, 10).reached()).isTrue();
    }

    @Test
    void a_body_with_no_one_present_never_has_a_quorum() {
        assertThat(Quorum.count("MAJORITY_OF_FILLED_SEATS", 0, 0, 0).reached()).isFalse();
    }
}

package org.bashke.council.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seat rules of a term, as plain objects. */
class SeatRulesTest {

    static final LocalDate START = LocalDate.of(2019, 5, 1);
    static final Instant NOW = Instant.parse("2019-05-01T08:00:00Z");

    Term term(int government, int civilSociety) {
        return new Term(1, "2019–2023", START, LocalDate.of(2023, 4, 30), government, civilSociety, NOW);
    }

    static void assertRule(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(SeatRuleBroken.class)
                .extracting(e -> ((SeatRuleBroken) e).messageKey()).isEqualTo(key);
    }

    @Test
    void a_term_never_holds_more_seats_per_side_than_its_quota() {
        Term term = term(1, 2);
        term.seat(Side.GOVERNMENT, 10, 100L, START, null, NOW);
        term.seat(Side.CIVIL_SOCIETY, 11, 101L, START, null, NOW);
        term.seat(Side.CIVIL_SOCIETY, 12, 102L, START, null, NOW);

        assertRule(() -> term.seat(Side.GOVERNMENT, 13, 103L, START.plusDays(5), null, NOW), "council.rule.seat.quotaFull");
        assertRule(() -> term.seat(Side.CIVIL_SOCIETY, 14, 104L, START.plusDays(5), null, NOW), "council.rule.seat.quotaFull");
        assertThat(term.heldOn(START.plusDays(5))).hasSize(3);
    }

    @Test
    void a_vacated_seat_frees_its_place_in_the_quota_from_the_day_it_is_vacated() {
        Term term = term(1, 1);
        Seat first = term.seat(Side.GOVERNMENT, 10, 100L, START, null, NOW);
        term.vacate(first, START.plusMonths(6), VacancyReason.REPLACEMENT, "new minister");

        assertRule(() -> term.seat(Side.GOVERNMENT, 11, 100L, START.plusMonths(6).minusDays(1), null, NOW),
                "council.rule.seat.quotaFull");
        Seat next = term.seat(Side.GOVERNMENT, 11, 100L, START.plusMonths(6), null, NOW);
        assertThat(term.heldOn(START.plusMonths(7))).containsExactly(next);
    }

    @Test
    void vacancies_are_the_quota_less_the_seats_held_from_that_day_on() {
        Term term = term(2, 3);
        Seat first = term.seat(Side.CIVIL_SOCIETY, 10, null, START, null, NOW);
        term.seat(Side.CIVIL_SOCIETY, 11, null, START, null, NOW);
        assertThat(term.vacancies(Side.CIVIL_SOCIETY, START)).isEqualTo(1);
        assertThat(term.vacancies(Side.GOVERNMENT, START)).isEqualTo(2);

        term.vacate(first, START.plusYears(1), VacancyReason.RESIGNATION, null);
        assertThat(term.vacancies(Side.CIVIL_SOCIETY, START.plusYears(1))).isEqualTo(2);
        assertThat(term.vacancies(Side.CIVIL_SOCIETY, START.plusYears(1).minusDays(1))).isEqualTo(1);
    }

    @Test
    void a_quota_cannot_be_lowered_below_the_seats_already_held() {
        Term term = term(2, 1);
        term.seat(Side.GOVERNMENT, 10, null, START, null, NOW);
        term.seat(Side.GOVERNMENT, 11, null, START, null, NOW);

        assertRule(() -> term.define("2019–2023", START, null, 1, 1), "council.rule.term.quotaBelowSeats");
    }

    @Test
    void a_person_holds_at_most_one_seat_per_body_at_a_time() {
        Term term = term(3, 3);
        Seat held = term.seat(Side.CIVIL_SOCIETY, 10, 100L, START, null, NOW);

        assertRule(() -> term.seat(Side.GOVERNMENT, 10, 200L, START.plusDays(1), null, NOW), "council.rule.seat.alreadySeated");
        assertRule(() -> term.seat(Side.CIVIL_SOCIETY, 10, 101L, START.plusDays(1), null, NOW), "council.rule.seat.alreadySeated");

        term.vacate(held, START.plusYears(1), VacancyReason.RESIGNATION, null);
        term.seat(Side.GOVERNMENT, 10, 200L, START.plusYears(1), null, NOW);
    }

    @Test
    void a_substitute_is_never_the_seat_holder() {
        Term term = term(2, 2);
        Seat seat = term.seat(Side.CIVIL_SOCIETY, 10, 100L, START, null, NOW);

        assertRule(() -> term.substitute(seat, 10L), "council.rule.substitute.isHolder");
        assertThat(seat.getSubstituteAccountId()).isNull();
    }

    @Test
    void a_substitute_holds_no_seat_of_the_same_body_and_a_seat_holder_is_no_substitute() {
        Term term = term(2, 2);
        Seat seat = term.seat(Side.CIVIL_SOCIETY, 10, 100L, START, null, NOW);
        term.seat(Side.CIVIL_SOCIETY, 11, 101L, START, null, NOW);

        assertRule(() -> term.substitute(seat, 11L), "council.rule.substitute.holdsSeat");
        term.substitute(seat, 12L);
        assertThat(seat.getSubstituteAccountId()).isEqualTo(12L);
        assertRule(() -> term.seat(Side.GOVERNMENT, 12, null, START.plusDays(1), null, NOW), "council.rule.seat.isSubstitute");
    }

    @Test
    void vacating_keeps_the_seat_as_history_and_ends_its_office_and_substitute() {
        Term term = term(2, 2);
        Seat seat = term.seat(Side.GOVERNMENT, 10, 100L, START, "appointed", NOW);
        term.office(seat, Office.CHAIR);
        term.substitute(seat, 20L);

        term.vacate(seat, START.plusMonths(3), VacancyReason.RESIGNATION, "left the ministry");

        assertThat(term.getSeats()).containsExactly(seat);
        assertThat(seat.heldOn(START.plusMonths(2))).isTrue();
        assertThat(seat.heldOn(START.plusMonths(3))).isFalse();
        assertThat(seat.getVacancyReason()).isEqualTo(VacancyReason.RESIGNATION);
        assertThat(seat.getVacancyNote()).isEqualTo("left the ministry");
        assertThat(seat.getOffice()).isNull();
        assertThat(seat.getSubstituteAccountId()).isNull();
        assertRule(() -> term.vacate(seat, START.plusMonths(4), VacancyReason.OTHER, null), "council.rule.seat.vacated");
    }

    @Test
    void a_seat_is_taken_only_within_its_term() {
        Term term = term(2, 2);
        assertRule(() -> term.seat(Side.GOVERNMENT, 10, null, START.minusDays(1), null, NOW), "council.rule.seat.outsideTerm");
        assertRule(() -> term.seat(Side.GOVERNMENT, 10, null, LocalDate.of(2023, 5, 1), null, NOW), "council.rule.seat.outsideTerm");
    }

    @Test
    void one_holder_of_each_office_at_a_time() {
        Term term = term(2, 2);
        Seat chair = term.seat(Side.GOVERNMENT, 10, null, START, null, NOW);
        Seat other = term.seat(Side.CIVIL_SOCIETY, 11, null, START, null, NOW);
        term.office(chair, Office.CHAIR);

        assertRule(() -> term.office(other, Office.CHAIR), "council.rule.office.taken");
        term.office(other, Office.CO_CHAIR);
        term.vacate(chair, START.plusYears(1), VacancyReason.REPLACEMENT, null);
        Seat next = term.seat(Side.GOVERNMENT, 12, null, START.plusYears(1), null, NOW);
        term.office(next, Office.CHAIR);
        assertThat(next.getOffice()).isEqualTo(Office.CHAIR);
    }

    @Test
    void terms_of_a_body_that_share_a_day_overlap() {
        Term term = term(1, 1);
        assertThat(term.overlaps(LocalDate.of(2023, 4, 30), null)).isTrue();
        assertThat(term.overlaps(LocalDate.of(2023, 5, 1), null)).isFalse();
        assertThat(term.overlaps(LocalDate.of(2015, 1, 1), START.minusDays(1))).isFalse();
    }

    @Test
    void quorum_follows_the_bodys_rule() {
        // 29 seats, 27 filled: more than half of the filled seats is 14
        assertThat(QuorumRule.MAJORITY_OF_FILLED_SEATS.needed(27, 29)).isEqualTo(14);
        assertThat(QuorumRule.MAJORITY_OF_FILLED_SEATS.met(13, 27, 29)).isFalse();
        assertThat(QuorumRule.MAJORITY_OF_FILLED_SEATS.met(14, 27, 29)).isTrue();
        assertThat(QuorumRule.MAJORITY_OF_ALL_SEATS.needed(27, 29)).isEqualTo(15);
        assertThat(QuorumRule.TWO_THIRDS_OF_FILLED_SEATS.needed(27, 29)).isEqualTo(18);
        assertThat(QuorumRule.TWO_THIRDS_OF_FILLED_SEATS.needed(29, 29)).isEqualTo(20);
        assertThat(QuorumRule.MAJORITY_OF_FILLED_SEATS.met(0, 0, 0)).isFalse();
    }
}

package org.bashke.council.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ElectionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Election election(int seats, EligibilityRule rule) {
        return new Election(1, 1, ElectionKind.REGULAR, LocalizedText.same("Zgjedhjet"), LocalizedText.same("Thirrje"), seats,
                TODAY, rule, TODAY, TODAY.plusDays(7), TODAY.plusDays(30), 3, TODAY, NOW);
    }

    static Election votingOpen(int seats) {
        Election e = election(seats, EligibilityRule.REGISTERED);
        e.openVoting(TODAY, 3, NOW);
        return e;
    }

    @Test
    void an_organisation_casts_one_ballot_only() {
        Voter voter = new Voter(1, 42, 7, NOW);
        voter.markVoted(NOW);
        assertThatThrownBy(() -> voter.markVoted(NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(ElectionRuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("council-election.rule.ballot.alreadyCast"));
    }

    @Test
    void no_ballot_is_accepted_after_the_closing_day() {
        Election e = votingOpen(2);
        assertThat(e.acceptsBallots(TODAY.plusDays(7))).isTrue();
        assertThat(e.acceptsBallots(TODAY.plusDays(8))).isFalse();
    }

    @Test
    void no_ballot_is_accepted_once_the_secretariat_has_closed_voting() {
        Election e = votingOpen(2);
        e.closeVoting(NOW);
        assertThat(e.acceptsBallots(TODAY)).isFalse();
    }

    @Test
    void no_ballot_is_accepted_before_voting_opens() {
        assertThat(election(2, EligibilityRule.REGISTERED).acceptsBallots(TODAY)).isFalse();
    }

    @Test
    void a_ballot_holds_at_most_as_many_choices_as_there_are_seats() {
        Set<Long> onBallot = Set.of(10L, 11L, 12L);
        assertThat(BallotRules.check(2, onBallot, List.of(10L, 12L))).containsExactlyInAnyOrder(10L, 12L);
        assertThatThrownBy(() -> BallotRules.check(2, onBallot, List.of(10L, 11L, 12L)))
                .isInstanceOfSatisfying(ElectionRuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("council-election.rule.ballot.tooMany"));
    }

    @Test
    void a_ballot_chooses_only_candidates_on_the_ballot_and_each_once() {
        Set<Long> onBallot = Set.of(10L, 11L);
        assertThatThrownBy(() -> BallotRules.check(2, onBallot, List.of(99L)))
                .isInstanceOfSatisfying(ElectionRuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("council-election.rule.ballot.unknownCandidate"));
        assertThatThrownBy(() -> BallotRules.check(2, onBallot, List.of(10L, 10L)))
                .isInstanceOfSatisfying(ElectionRuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("council-election.rule.ballot.duplicate"));
    }

    @Test
    void a_blank_ballot_is_valid() {
        assertThat(BallotRules.check(2, Set.of(10L), List.of())).isEmpty();
    }

    @Test
    void the_count_ranks_by_votes_and_elects_as_many_as_there_are_seats() {
        List<Set<Long>> ballots = List.of(Set.of(1L, 2L), Set.of(1L, 3L), Set.of(1L), Set.of(2L));
        List<ElectionCount.Ranked> ranked = ElectionCount.count(List.of(1L, 2L, 3L), ballots, "ab12", 2);
        assertThat(ranked).extracting(ElectionCount.Ranked::candidacyId).containsExactly(1L, 2L, 3L);
        assertThat(ranked).extracting(ElectionCount.Ranked::votes).containsExactly(3, 2, 1);
        assertThat(ranked).extracting(ElectionCount.Ranked::elected).containsExactly(true, true, false);
        assertThat(ranked).noneMatch(ElectionCount.Ranked::tied);
    }

    @Test
    void a_tie_is_broken_by_the_sha256_of_the_seed_and_the_candidate_number_smallest_first() throws Exception {
        String seed = ElectionCount.drawSeed();
        List<Set<Long>> ballots = List.of(Set.of(5L), Set.of(6L), Set.of(7L), Set.of(7L));
        List<ElectionCount.Ranked> ranked = ElectionCount.count(List.of(5L, 6L, 7L), ballots, seed, 2);
        // the procedure published on the results page, redone here by hand
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String five = HexFormat.of().formatHex(sha.digest((seed + ":5").getBytes(StandardCharsets.UTF_8)));
        String six = HexFormat.of().formatHex(sha.digest((seed + ":6").getBytes(StandardCharsets.UTF_8)));
        long winnerOfLot = five.compareTo(six) < 0 ? 5L : 6L;
        assertThat(ranked.get(0).candidacyId()).isEqualTo(7L);
        assertThat(ranked.get(1).candidacyId()).isEqualTo(winnerOfLot);
        assertThat(ranked.get(1).elected()).isTrue();
        assertThat(ranked.get(2).elected()).isFalse();
        assertThat(ranked.subList(1, 3)).allMatch(ElectionCount.Ranked::tied);
        assertThat(ranked.get(1).lotKey()).isEqualTo(winnerOfLot == 5L ? five : six);
    }

    @Test
    void the_count_is_reproducible_from_the_ballots_and_the_published_seed() {
        List<Long> candidates = List.of(21L, 22L, 23L, 24L, 25L);
        List<Set<Long>> ballots = List.of(Set.of(21L, 22L), Set.of(23L, 24L), Set.of(25L, 21L), Set.of(22L, 23L), Set.of(24L, 25L));
        String seed = ElectionCount.drawSeed();
        List<ElectionCount.Ranked> first = ElectionCount.count(candidates, ballots, seed, 2);
        // the same ballots read back in another order, with the same seed: the same result
        List<ElectionCount.Ranked> recount = ElectionCount.count(List.of(25L, 24L, 23L, 22L, 21L),
                List.of(ballots.get(4), ballots.get(2), ballots.get(0), ballots.get(3), ballots.get(1)), seed, 2);
        assertThat(recount).isEqualTo(first);
    }

    @Test
    void voting_does_not_open_before_the_call_for_candidates_ends_nor_without_candidates() {
        Election later = new Election(1, 1, ElectionKind.REGULAR, LocalizedText.same("Z"), LocalizedText.same("T"), 2,
                TODAY.plusDays(3), EligibilityRule.ANY_CSO, null, TODAY.plusDays(7), TODAY.plusDays(30), 3, TODAY, NOW);
        assertThatThrownBy(() -> later.openVoting(TODAY, 3, NOW)).isInstanceOf(ElectionRuleBroken.class);
        assertThatThrownBy(() -> election(2, EligibilityRule.ANY_CSO).openVoting(TODAY, 0, NOW)).isInstanceOf(ElectionRuleBroken.class);
    }

    @Test
    void organisations_register_to_vote_only_until_the_registration_deadline() {
        Election e = election(2, EligibilityRule.REGISTERED);
        assertThat(e.acceptsRegistrations(TODAY)).isTrue();
        assertThat(e.acceptsRegistrations(TODAY.plusDays(1))).isFalse();
        assertThat(election(2, EligibilityRule.ANY_CSO).acceptsRegistrations(TODAY)).isFalse();
    }

    @Test
    void winners_are_seated_only_once_the_inspection_window_has_ended() {
        Election e = votingOpen(2);
        e.closeVoting(NOW);
        e.recordCount("seed", TODAY, NOW);
        assertThat(e.ballotsOpenForInspection(TODAY.plusDays(3))).isTrue();
        assertThat(e.ballotsOpenForInspection(TODAY.plusDays(4))).isFalse();
        assertThatThrownBy(() -> e.conclude(TODAY.plusDays(2), NOW))
                .isInstanceOfSatisfying(ElectionRuleBroken.class, x -> assertThat(x.messageKey()).isEqualTo("council-election.rule.seat.inspectionRunning"));
        e.conclude(TODAY.plusDays(3), NOW);
        assertThat(e.getStatus()).isEqualTo(ElectionStatus.CONCLUDED);
    }

    @Test
    void the_count_waits_until_voting_is_over() {
        Election e = votingOpen(2);
        assertThatThrownBy(() -> e.recordCount("seed", TODAY, NOW)).isInstanceOf(ElectionRuleBroken.class);
        e.recordCount("seed", TODAY.plusDays(8), NOW);
        assertThat(e.getStatus()).isEqualTo(ElectionStatus.COUNTED);
    }

    @Test
    void a_candidacy_cannot_be_rejected_once_voting_has_started() {
        Candidacy c = new Candidacy(1, 42, 7, "Arta", "Motivim", 7, List.of(), NOW);
        assertThatThrownBy(() -> c.reject("late", ElectionStatus.VOTING_OPEN)).isInstanceOf(ElectionRuleBroken.class);
        c.reject("not a CSO", ElectionStatus.CALL_OPEN);
        assertThat(c.onBallot()).isFalse();
    }
}

package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bashke.council.BodyKind;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimPolicy;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.FundRuleBroken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The life of a claim and who may start one, as plain unit tests. */
class ClaimLifecycleTest {

    static Claim claim() {
        Claim c = new Claim(7, 70, new Claim.MeetingFacts(5, 1, BodyKind.COUNCIL, LocalDate.parse("2026-03-10"), 1, "Council",
                "Prishtinë", "DRA", "PRI", new BigDecimal("110.0")), 1, 700, Instant.EPOCH);
        c.addLine(CostKind.CAR, CostRules.line(FundRulesTest.TERMS, c.trip(),
                new CostRules.LineInput(CostKind.CAR, null, null, null, false)), null, null);
        return c;
    }

    static void toReview(Claim c) {
        c.submit(Instant.EPOCH);
        c.startReview(1, "reviewer");
    }

    @Test
    void a_claim_goes_from_draft_to_paid_through_every_step() {
        Claim c = claim();
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.DRAFT);
        toReview(c);
        c.requestChanges("add the bus ticket", Instant.EPOCH);
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.CHANGES_REQUESTED);
        c.submit(Instant.EPOCH);
        c.startReview(1, "reviewer");
        List<BigDecimal> lines = c.decideLines(List.of());
        c.approve(List.of(), CostRules.claim(FundRulesTest.TERMS, lines, BigDecimal.ZERO), 3, null, "approver", Instant.EPOCH);
        assertThat(c.getApprovedAmount()).isEqualByComparingTo("44.00");
        c.addToBatch(9);
        c.markPaid(LocalDate.parse("2026-04-01"), "BANK-1");
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.PAID);
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void a_paid_or_rejected_claim_goes_nowhere(ClaimStatus target) {
        assertThat(ClaimStatus.PAID.mayMoveTo(target)).isFalse();
        assertThat(ClaimStatus.REJECTED.mayMoveTo(target)).isFalse();
    }

    @Test
    void a_draft_cannot_be_approved_or_paid_and_a_submitted_claim_cannot_be_approved_before_review() {
        Claim c = claim();
        assertThatThrownBy(() -> c.addToBatch(1)).hasMessage("support.rule.claim.transition");
        assertThatThrownBy(() -> c.markPaid(LocalDate.EPOCH, "x")).hasMessage("support.rule.claim.transition");
        c.submit(Instant.EPOCH);
        assertThatThrownBy(() -> c.decideLines(List.of())).hasMessage("support.rule.claim.transition");
    }

    @Test
    void the_claimant_edits_only_a_draft_or_a_claim_sent_back_for_changes() {
        Claim c = claim();
        toReview(c);
        CostRules.LineAmount meals = CostRules.line(FundRulesTest.TERMS, c.trip(), new CostRules.LineInput(CostKind.MEALS,
                BigDecimal.ONE, BigDecimal.TEN, null, false));
        assertThatThrownBy(() -> c.addLine(CostKind.MEALS, meals, null, null)).hasMessage("support.rule.claim.notEditable");
        c.requestChanges("meals?", Instant.EPOCH);
        c.addLine(CostKind.MEALS, meals, null, null);
        assertThat(c.getLines()).hasSize(2);
    }

    @Test
    void an_empty_claim_cannot_be_submitted_and_car_travel_is_claimed_once() {
        Claim empty = new Claim(7, 70, new Claim.MeetingFacts(5, 1, BodyKind.COUNCIL, LocalDate.parse("2026-03-10"), 1, "Council",
                null, "PRI", "PRI", BigDecimal.ZERO), 1, 700, Instant.EPOCH);
        assertThatThrownBy(() -> empty.submit(Instant.EPOCH)).hasMessage("support.rule.claim.noLines");
        Claim c = claim();
        assertThatThrownBy(() -> c.addLine(CostKind.CAR, c.getLines().get(0).getKind() == CostKind.CAR
                ? CostRules.line(FundRulesTest.TERMS, c.trip(), new CostRules.LineInput(CostKind.CAR, null, null, null, false)) : null,
                null, null)).hasMessage("support.rule.car.once");
    }

    @Test
    void a_reviewer_may_reduce_a_line_only_with_a_reason_and_never_raise_it() {
        Claim c = claim();
        toReview(c);
        assertThatThrownBy(() -> c.decideLines(List.of(new Claim.LineDecision(1, new BigDecimal("30.00"), " "))))
                .hasMessage("support.rule.review.reductionReason");
        assertThatThrownBy(() -> c.decideLines(List.of(new Claim.LineDecision(1, new BigDecimal("50.00"), "more"))))
                .hasMessage("support.rule.review.lineAmount");
        List<BigDecimal> approved = c.decideLines(List.of(new Claim.LineDecision(1, new BigDecimal("30.00"), "shorter road via Prizren")));
        assertThat(approved).containsExactly(new BigDecimal("30.00"));
        assertThat(c.getLines().get(0).isReduced()).isTrue();
    }

    @Test
    void changes_and_rejections_say_why() {
        Claim c = claim();
        toReview(c);
        assertThatThrownBy(() -> c.requestChanges(" ", Instant.EPOCH)).hasMessage("support.rule.claim.changesText");
        assertThatThrownBy(() -> c.reject("", "x", Instant.EPOCH)).hasMessage("support.rule.claim.reasonRequired");
        c.reject("the meeting was online", "x", Instant.EPOCH);
        assertThat(c.getDecisionReason()).isEqualTo("the meeting was online");
    }

    @Test
    void no_claim_for_a_meeting_not_attended_and_no_second_claim_for_the_same_person_and_meeting() {
        assertThat(ClaimPolicy.refusal(new ClaimPolicy.Facts(false, null, true, true))).get()
                .extracting(FundRuleBroken::messageKey).isEqualTo("support.rule.claim.notAttended");
        assertThat(ClaimPolicy.refusal(new ClaimPolicy.Facts(true, 12L, true, true))).get()
                .extracting(FundRuleBroken::messageKey).isEqualTo("support.rule.claim.double");
        assertThat(ClaimPolicy.refusal(new ClaimPolicy.Facts(true, null, false, true))).get()
                .extracting(FundRuleBroken::messageKey).isEqualTo("support.rule.claim.notEligible");
        assertThat(ClaimPolicy.refusal(new ClaimPolicy.Facts(true, null, true, false))).get()
                .extracting(FundRuleBroken::messageKey).isEqualTo("support.rule.claim.noRules");
        assertThat(ClaimPolicy.refusal(new ClaimPolicy.Facts(true, null, true, true))).isEmpty();
    }

    @Test
    void an_organisation_is_eligible_only_for_meetings_of_the_decided_year_from_the_date_decided() {
        Eligibility e = new Eligibility(7, 2026);
        assertThat(e.eligibleOn(LocalDate.parse("2026-05-01"))).as("pending").isFalse();
        assertThatThrownBy(() -> e.decide(true, "ok", LocalDate.parse("2026-03-01"), "s", Instant.EPOCH))
                .hasMessage("support.rule.eligibility.noDeclaration");
        e.declare(true, new BigDecimal("12000"), "we have no staff", null, 700, Instant.EPOCH);
        assertThatThrownBy(() -> e.decide(true, " ", LocalDate.parse("2026-03-01"), "s", Instant.EPOCH))
                .hasMessage("support.rule.eligibility.reason");
        e.decide(true, "budget below the threshold", LocalDate.parse("2026-03-01"), "s", Instant.EPOCH);
        assertThat(e.eligibleOn(LocalDate.parse("2026-02-28"))).isFalse();
        assertThat(e.eligibleOn(LocalDate.parse("2026-03-01"))).isTrue();
        assertThat(e.eligibleOn(LocalDate.parse("2027-01-15"))).isFalse();
        assertThat(e.meetsCriteria(new BigDecimal("50000"), false)).isTrue();
        assertThat(e.meetsCriteria(new BigDecimal("50000"), true)).as("document required, none given").isFalse();
    }
}

package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bashke.fund.rules.Cents;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesInForce;
import org.bashke.fund.rules.RulesTerms;
import org.bashke.fund.rules.RulesVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fund's rules of amounts, caps and versions, as plain unit tests. */
class FundRulesTest {

    static final RulesTerms TERMS = new RulesTerms(new BigDecimal("0.20"), new BigDecimal("50.00"), 100,
            new BigDecimal("15.00"), new BigDecimal("30.00"), new BigDecimal("150.00"), new BigDecimal("1000.00"),
            new BigDecimal("100.00"));

    static BigDecimal d(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    static CostRules.LineInput in(CostKind kind, String quantity, String unit, String justification, boolean receipt) {
        return new CostRules.LineInput(kind, d(quantity), d(unit), justification, receipt);
    }

    @ParameterizedTest(name = "{0} km one way at 0.20 €/km pays {1}")
    @CsvSource({"110.0, 44.00", "8.0, 3.20", "37.5, 15.00", "0.3, 0.12", "33.3, 13.32"})
    void car_travel_is_paid_there_and_back_at_the_rate_from_the_distance_table(String km, String expected) {
        CostRules.LineAmount a = CostRules.line(TERMS, new CostRules.Trip(d(km), 1), in(CostKind.CAR, "999", null, null, false));
        assertThat(a.allowed()).isEqualByComparingTo(expected);
        assertThat(a.quantity()).isEqualByComparingTo(d(km).multiply(BigDecimal.valueOf(2)));
        assertThat(a.kmEntered()).isFalse();
        assertThat(a.computation()).startsWith("2 × " + km + " km × 0.2 €/km = ").endsWith(expected + " €");
    }

    @Test
    void a_distance_the_table_lacks_is_entered_by_the_claimant_with_a_justification() {
        CostRules.Trip unknown = new CostRules.Trip(null, 1);
        assertThatThrownBy(() -> CostRules.line(TERMS, unknown, in(CostKind.CAR, null, null, "via Prizren", false)))
                .hasMessage("support.rule.car.kmRequired");
        assertThatThrownBy(() -> CostRules.line(TERMS, unknown, in(CostKind.CAR, "230", null, " ", false)))
                .hasMessage("support.rule.car.kmJustification");
        CostRules.LineAmount a = CostRules.line(TERMS, unknown, in(CostKind.CAR, "230", null, "road closed, via Prizren", false));
        assertThat(a.allowed()).isEqualByComparingTo("46.00");
        assertThat(a.kmEntered()).isTrue();
    }

    @Test
    void rounding_to_cents_is_half_up_once_per_line() {
        assertThat(Cents.round(new BigDecimal("0.125"))).isEqualByComparingTo("0.13");
        assertThat(Cents.round(new BigDecimal("0.124"))).isEqualByComparingTo("0.12");
        RulesTerms odd = new RulesTerms(new BigDecimal("0.1875"), TERMS.accommodationCap(), 100, TERMS.mealsCapPerDay(),
                TERMS.otherCap(), TERMS.claimCap(), TERMS.organisationYearCap(), TERMS.fourEyesThreshold());
        // 2 × 11.0 × 0.1875 = 4.125 → 4.13
        assertThat(CostRules.line(odd, new CostRules.Trip(d("11.0"), 1), in(CostKind.CAR, null, null, null, false)).allowed())
                .isEqualByComparingTo("4.13");
    }

    @Test
    void tickets_are_paid_at_the_actual_price_and_only_with_a_receipt() {
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.TICKET, "2", "4.50", null, false)))
                .hasMessage("support.rule.receipt.required");
        assertThat(CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.TICKET, "2", "4.50", null, true)).allowed())
                .isEqualByComparingTo("9.00");
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.TICKET, "1.5", "4.50", null, true)))
                .hasMessage("support.rule.quantity.positive");
    }

    @ParameterizedTest(name = "{0} km, {1} meeting day(s), {2} night(s) at {3} € → {4}")
    @CsvSource({
            "120.0, 1, 1, 60.00, 50.00",
            "100.0, 1, 1, 40.00, 40.00",
            "30.0, 2, 2, 45.00, 90.00",
            ", 3, 2, 70.00, 100.00",
    })
    void accommodation_is_capped_per_night_for_long_meetings_or_long_distances(String km, int days, String nights, String price,
                                                                              String expected) {
        CostRules.LineAmount a = CostRules.line(TERMS, new CostRules.Trip(d(km), days), in(CostKind.ACCOMMODATION, nights, price, null, true));
        assertThat(a.allowed()).isEqualByComparingTo(expected);
    }

    @Test
    void accommodation_is_refused_for_a_one_day_meeting_near_by_or_more_nights_than_meeting_days() {
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(d("99.9"), 1), in(CostKind.ACCOMMODATION, "1", "40", null, true)))
                .hasMessage("support.rule.accommodation.notAllowed");
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.ACCOMMODATION, "1", "40", null, true)))
                .hasMessage("support.rule.accommodation.notAllowed");
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(d("150"), 2), in(CostKind.ACCOMMODATION, "3", "40", null, true)))
                .hasMessage("support.rule.accommodation.tooManyNights");
    }

    @Test
    void meals_are_capped_per_day_of_the_meeting() {
        assertThat(CostRules.line(TERMS, new CostRules.Trip(null, 2), in(CostKind.MEALS, "2", "20", null, false)).allowed())
                .isEqualByComparingTo("30.00");
        assertThat(CostRules.line(TERMS, new CostRules.Trip(null, 2), in(CostKind.MEALS, "1", "12.40", null, false)).allowed())
                .isEqualByComparingTo("12.40");
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.MEALS, "2", "10", null, false)))
                .hasMessage("support.rule.meals.tooManyDays");
    }

    @Test
    void other_costs_need_a_justification_and_a_receipt_and_are_capped() {
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.OTHER, null, "12", "", true)))
                .hasMessage("support.rule.other.justification");
        assertThatThrownBy(() -> CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.OTHER, null, "12", "parking", false)))
                .hasMessage("support.rule.receipt.required");
        assertThat(CostRules.line(TERMS, new CostRules.Trip(null, 1), in(CostKind.OTHER, null, "42", "parking", true)).allowed())
                .isEqualByComparingTo("30.00");
    }

    @ParameterizedTest(name = "lines {0} with {1} already this year → {2}")
    @CsvSource(delimiter = ';', value = {
            "44.00,30.00;0;74.00",
            "100.00,80.00;0;150.00",
            "100.00,80.00;900.00;100.00",
            "44.00;1000.00;0.00",
            "44.00;1200.00;0.00",
    })
    void a_claim_is_capped_per_claim_and_by_what_is_left_of_the_organisations_cap_for_the_year(String lines, String soFar, String expected) {
        List<BigDecimal> amounts = java.util.Arrays.stream(lines.split(",")).map(BigDecimal::new).toList();
        CostRules.ClaimAmount a = CostRules.claim(TERMS, amounts, new BigDecimal(soFar));
        assertThat(a.allowed()).isEqualByComparingTo(expected);
        assertThat(a.computation()).endsWith("= " + new BigDecimal(expected).setScale(2) + " €");
    }

    static RulesVersion version(int year, int number, String from, String rate, boolean publish) {
        RulesVersion v = new RulesVersion(year, number, new RulesVersion.RulesValues(LocalDate.parse(from), new BigDecimal(rate),
                TERMS.accommodationCap(), 100, TERMS.mealsCapPerDay(), TERMS.otherCap(), TERMS.claimCap(),
                TERMS.organisationYearCap(), TERMS.fourEyesThreshold(), new BigDecimal("50000"), false, null), Instant.EPOCH);
        if (publish) {
            v.publish("secretariat", Instant.EPOCH);
        }
        return v;
    }

    @Test
    void a_claim_follows_the_rules_version_in_force_on_the_meeting_date() {
        RulesVersion january = version(2026, 1, "2026-01-01", "0.20", true);
        RulesVersion july = version(2026, 2, "2026-07-01", "0.25", true);
        RulesVersion draft = version(2026, 3, "2026-09-01", "0.30", false);
        RulesVersion lastYear = version(2025, 1, "2025-01-01", "0.15", true);
        List<RulesVersion> all = List.of(july, draft, january, lastYear);
        assertThat(RulesInForce.on(LocalDate.parse("2026-06-30"), all)).containsSame(january);
        assertThat(RulesInForce.on(LocalDate.parse("2026-07-01"), all)).containsSame(july);
        assertThat(RulesInForce.on(LocalDate.parse("2026-10-15"), all)).as("a draft is not in force").containsSame(july);
        assertThat(RulesInForce.on(LocalDate.parse("2025-12-31"), all)).containsSame(lastYear);
        assertThat(RulesInForce.on(LocalDate.parse("2027-01-10"), all)).as("a year without rules").isEmpty();
    }

    @Test
    void a_published_rules_version_can_no_longer_be_edited() {
        RulesVersion v = version(2026, 1, "2026-01-01", "0.20", true);
        assertThatThrownBy(() -> v.edit(v.values())).isInstanceOf(FundRuleBroken.class).hasMessage("support.rule.rules.published");
        assertThatThrownBy(() -> v.publish("x", Instant.EPOCH)).hasMessage("support.rule.rules.published");
    }

    @Test
    void a_rules_version_starts_within_its_own_year() {
        RulesVersion v = version(2026, 1, "2026-01-01", "0.20", false);
        RulesVersion.RulesValues next = new RulesVersion.RulesValues(LocalDate.parse("2027-01-01"), BigDecimal.ONE, BigDecimal.ONE, 1,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, false, null);
        assertThatThrownBy(() -> v.edit(next)).hasMessage("support.rule.rules.effectiveYear");
    }
}

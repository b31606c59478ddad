package org.bashke.council.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class MembershipIntegrationTest {

    final Membership membership;
    final ManageBodies manage;
    final Accounts accounts;
    final JdbcTemplate jdbc;

    @Autowired
    MembershipIntegrationTest(Membership membership, ManageBodies manage, Accounts accounts, JdbcTemplate jdbc) {
        this.membership = membership;
        this.manage = manage;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    long account(String email) {
        return accounts.accountByEmail(email).orElseThrow().id();
    }

    @Test
    void the_demo_council_has_its_2019_term_with_29_seats_and_its_members_today() {
        BodySummary council = membership.body("kq").orElseThrow();
        LocalDate today = LocalDate.now(ManageBodies.KOSOVO);

        assertThat(council.kind()).isEqualTo(BodyKind.COUNCIL);
        assertThat(council.url()).isEqualTo("/council/bodies/" + council.id());
        assertThat(membership.seatsProvided(council.id(), today)).isEqualTo(29);
        assertThat(membership.quorumRule(council.id())).isEqualTo("MAJORITY_OF_FILLED_SEATS");
        assertThat(membership.members(council.id(), today)).extracting(SeatHolder::accountId)
                .contains(account("keshilli@bashke.demo"), account("zyra@bashke.demo"), account("oshc@bashke.demo"))
                .doesNotContain(account("anetar@bashke.demo"));
        assertThat(membership.isMember(council.id(), account("anetar@bashke.demo"), today))
                .as("a substitute counts as a member").isTrue();
        assertThat(membership.isMember(council.id(), account("anetar@bashke.demo"), LocalDate.of(2020, 1, 1)))
                .as("anetar held the seat before resigning").isTrue();
        assertThat(membership.bodies()).extracting(BodySummary::code).contains("KQ", "KQ-GP1", "KQ-GP4", "TF");
        assertThat(membership.mayManage(council.id())).as("nobody logged in").isFalse();
    }

    @Test
    void seating_through_membership_applies_the_rules_and_keeps_the_quota() {
        String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000);
        BodySummary body = membership.createBody(code, LocalizedText.same("Test body " + code), BodyKind.BOARD, null, null);
        long term = manage.createTerm(body.id(), "2026", LocalDate.of(2026, 1, 1), null, 0, 1).getId();
        long keshilli = account("keshilli@bashke.demo");

        long seat = membership.seat(term, Side.CIVIL_SOCIETY, keshilli, null, LocalDate.of(2026, 1, 1), "elected");

        assertThat(membership.members(body.id(), LocalDate.of(2026, 2, 1))).singleElement()
                .satisfies(h -> assertThat(h.seatId()).isEqualTo(seat));
        assertThatThrownBy(() -> membership.seat(term, Side.CIVIL_SOCIETY, account("oshc@bashke.demo"), null,
                LocalDate.of(2026, 1, 2), null)).isInstanceOf(SeatRuleBroken.class).hasMessage("council.rule.seat.quotaFull");
        assertThatThrownBy(() -> membership.seat(term, Side.GOVERNMENT, account("zyra@bashke.demo"), null,
                LocalDate.of(2026, 1, 2), null)).isInstanceOf(SeatRuleBroken.class).hasMessage("council.rule.seat.quotaFull");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'council.seat.created' AND record_id = ?",
                Long.class, String.valueOf(seat))).isEqualTo(1);
    }
}

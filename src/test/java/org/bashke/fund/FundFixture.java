package org.bashke.fund;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bashke.council.BodyKind;
import org.bashke.council.Council;
import org.bashke.shared.security.Role;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the fund's integration tests need around them. Every test works in a year of its own (far in the future),
 * with its own published rules, eligibility and budget line, so that tests sharing one database never meet.
 * Attended meetings are written straight into the council module's tables: the Council facade answers
 * attendance but does not record it, and recording it through the council's pages would need a full term of
 * seats. This is the one place that knows those tables.
 */

class FundFixture {

    static final AtomicInteger YEARS = new AtomicInteger(2100 + ThreadLocalRandom.current().nextInt(700));
    static final AtomicLong IDS = new AtomicLong(7_700_000 + ThreadLocalRandom.current().nextInt(100_000));

    final JdbcTemplate jdbc;
    final Council council;
    final RulesVersions rules;
    final Eligibilities eligibilities;
    final BudgetLines budget;

    FundFixture(JdbcTemplate jdbc, Council council, RulesVersions rules, Eligibilities eligibilities, BudgetLines budget) {
        this.jdbc = jdbc;
        this.council = council;
        this.rules = rules;
        this.eligibilities = eligibilities;
        this.budget = budget;
    }

    int newYear() {
        return YEARS.incrementAndGet();
    }

    long newId() {
        return IDS.incrementAndGet();
    }

    RulesVersion publishedRules(int year, String perKm, String claimCap, String orgCap, String fourEyes) {
        RulesVersion v = new RulesVersion(year, 1, new RulesVersion.RulesValues(LocalDate.of(year, 1, 1), new BigDecimal(perKm),
                new BigDecimal("50.00"), 100, new BigDecimal("15.00"), new BigDecimal("30.00"), new BigDecimal(claimCap),
                new BigDecimal(orgCap), new BigDecimal(fourEyes), new BigDecimal("100000"), false, null), Instant.now());
        v.publish("test", Instant.now());
        return rules.save(v);
    }

    void eligible(long organisationId, int year) {
        Eligibility e = new Eligibility(organisationId, year);
        e.declare(true, new BigDecimal("20000"), "no means", null, 1, Instant.now());
        e.decide(true, "below the threshold", LocalDate.of(year, 1, 1), "test", Instant.now());
        eligibilities.save(e);
    }

    BudgetLine budgetLine(int year, String amount) {
        return budget.save(new BudgetLine(year, "Line " + year + "-" + newId(), "Donor", new BigDecimal(amount),
                EnumSet.of(BodyKind.COUNCIL, BodyKind.WORKING_TEAM, BodyKind.TASK_FORCE), Instant.now()));
    }

    long councilBodyId() {
        return council.body("KQ").orElseThrow().id();
    }

    /** A held one-day meeting of the Council in Prishtinë on this date. */
    long heldMeeting(LocalDate date, String municipality) {
        Instant starts = date.atTime(10, 0).toInstant(ZoneOffset.ofHours(1));
        Instant now = Instant.now();
        return jdbc.queryForObject("""
                INSERT INTO council_meeting (body_id, title_sq, title_sr, title_en, title_sq_status, title_sr_status, title_en_status,
                    starts_at, ends_at, place, municipality_code, status, created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, 'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', ?, ?, 'Zyra e Kryeministrit', ?, 'HELD', ?, ?, 'test')
                RETURNING id""", Long.class, councilBodyId(), "Takimi " + date, "Sastanak " + date, "Meeting " + date,
                Timestamp.from(starts), Timestamp.from(starts.plusSeconds(3 * 3600)), municipality, Timestamp.from(now), Timestamp.from(now));
    }

    void attended(long meetingId, long accountId, long organisationId) {
        jdbc.update("INSERT INTO council_attendance (meeting_id, seat_id, holder_account_id, organisation_id, status, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, ?, 'PRESENT', ?, 'test')", meetingId, newId(), accountId, organisationId, Timestamp.from(Instant.now()));
    }

    static UserDetails representative(long accountId, String email, long organisationId) {
        return principal(accountId, email, Role.CSO_REPRESENTATIVE, Set.of(organisationId));
    }

    static UserDetails secretariat(long accountId) {
        return principal(accountId, "secretariat-" + accountId + "@bashke.test", Role.SECRETARIAT, Set.of());
    }

    /**
     * The one place that builds identity's principal (with scopes), through identity's {@code Principals}.
     */
    static UserDetails principal(long accountId, String email, Role role, Set<Long> scopes) {
        return org.bashke.identity.Principals.of(accountId, email, "Person " + accountId, Map.of(role, scopes));
    }

    static Authentication authentication(UserDetails user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}

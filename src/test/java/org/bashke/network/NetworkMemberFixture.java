package org.bashke.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.bashke.network.governance.NetworkBodies;
import org.bashke.network.member.MemberArea;
import org.bashke.network.member.NetworkMember;
import org.bashke.network.member.NetworkMemberRepository;
import org.bashke.shared.security.Role;
import org.bashke.identity.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the network's tests need and no public API makes: new CSOs in the directory, members made directly,
 * a Board meeting in the past, a Board election open for voting. Other modules' records are written straight
 * into their tables (as the fund's tests do): their use cases are internal to them.
 */
final class NetworkMemberFixture {

    private final JdbcTemplate jdbc;
    private final NetworkMemberRepository members;
    private final NetworkBodies bodies;
    private final TransactionTemplate transaction;
    final TestAccounts people;

    NetworkMemberFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.members = context.getBean(NetworkMemberRepository.class);
        this.bodies = context.getBean(NetworkBodies.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.people = context.getBean(TestAccounts.class);
    }

    static String word() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A new active CSO in the region of Prishtinë. */
    long cso(String nameSq) {
        return jdbc.queryForObject("""
                INSERT INTO directory_organisation (type, name_sq, name_sq_status, name_sr_status, name_en_status, region_code)
                VALUES ('CSO', ?, 'AUTHORITATIVE', 'MISSING', 'MISSING', 'PRI') RETURNING id""", Long.class, nameSq);
    }

    /** An active member since a year ago, made directly. */
    long member(long organisationId) {
        return transaction.execute(s -> members.save(new NetworkMember(organisationId, LocalDate.now().minusYears(1), "PRI",
                EnumSet.of(MemberArea.YOUTH), null, Instant.now())).getId());
    }

    TestAccounts.Person representative(long organisationId, String language) {
        return people.holding(Role.CSO_REPRESENTATIVE, organisationId, language);
    }

    /** A Board meeting held {@code daysAgo} days ago. */
    long boardMeeting(String title, int daysAgo) {
        long board = bodies.board().orElseThrow().id();
        Instant starts = LocalDate.now(ZoneId.of("Europe/Belgrade")).minusDays(daysAgo).atTime(10, 0)
                .atZone(ZoneId.of("Europe/Belgrade")).toInstant();
        Instant now = Instant.now();
        return jdbc.queryForObject("""
                INSERT INTO council_meeting (body_id, title_sq, title_sr, title_en, title_sq_status, title_sr_status, title_en_status,
                    starts_at, ends_at, place, status, created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, 'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', ?, ?, 'Prishtinë', 'HELD', ?, ?, 'test')
                RETURNING id""", Long.class, board, title, title, title, Timestamp.from(starts),
                Timestamp.from(starts.plusSeconds(7200)), Timestamp.from(now), Timestamp.from(now));
    }

    /** An election of the Board open for voting by any CSO, with one candidate; returns {election, candidacy}. */
    long[] boardElection(String word, long candidateOrganisationId, TestAccounts.Person candidate) {
        long board = bodies.board().orElseThrow().id();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
        Timestamp now = Timestamp.from(Instant.now());
        long term = jdbc.queryForObject("""
                INSERT INTO council_term (body_id, label, starts_on, ends_on, government_seats, civil_society_seats, created_at)
                VALUES (?, ?, ?, ?, 0, 9, ?) RETURNING id""", Long.class, board, "Mandati " + word,
                java.sql.Date.valueOf(today.plusYears(5)), java.sql.Date.valueOf(today.plusYears(8)), now);
        long election = jdbc.queryForObject("""
                INSERT INTO council_election (body_id, term_id, kind, title_sq, title_sq_status, title_sr_status, title_en_status,
                    call_sq, call_sq_status, call_sr_status, call_en_status, seats, candidacy_deadline, eligibility,
                    registration_deadline, voting_closes_on, seats_from, inspection_days, status, voting_opened_at, created_at)
                VALUES (?, ?, 'REGULAR', ?, 'AUTHORITATIVE', 'MISSING', 'MISSING', ?, 'AUTHORITATIVE', 'MISSING', 'MISSING', 1,
                    ?, 'ANY_CSO', ?, ?, ?, 0, 'VOTING_OPEN', ?, ?) RETURNING id""", Long.class, board, term,
                "Zgjedhjet e Bordit " + word, "Thirrje " + word, java.sql.Date.valueOf(today.minusDays(1)),
                java.sql.Date.valueOf(today.minusDays(1)), java.sql.Date.valueOf(today.plusDays(7)),
                java.sql.Date.valueOf(today.plusYears(5)), now, now);
        long candidacy = jdbc.queryForObject("""
                INSERT INTO council_election_candidacy (election_id, organisation_id, candidate_account_id, candidate_name,
                    motivation, submitted_by, submitted_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED') RETURNING id""", Long.class, election, candidateOrganisationId,
                candidate.id(), candidate.name(), "Motivim " + word, candidate.id(), now);
        return new long[] {election, candidacy};
    }

    static UserDetails secretariat() {
        return org.bashke.identity.Principals.of(900_101L, "sekretariati@network.test", "Sekretariati",
                Map.of(Role.SECRETARIAT, Set.of()));
    }

    static <T> T asSecretariat(Supplier<T> action) {
        return as(secretariat(), action);
    }

    static <T> T as(UserDetails principal, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.bashke.council.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.bashke.council.body.Membership;
import org.bashke.council.body.SeatHolder;
import org.bashke.council.body.Side;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ElectionIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final Membership membership;
    final ElectionPeople people;
    final ElectionRepository elections;
    final ElectionResultRepository results;
    final CountVotes countVotes;

    @Autowired
    ElectionIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Membership membership, ApplicationContext context,
                            ElectionRepository elections, ElectionResultRepository results, CountVotes countVotes) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.membership = membership;
        this.people = new ElectionPeople(context);
        this.elections = elections;
        this.results = results;
        this.countVotes = countVotes;
    }

    String word;
    ElectionPeople.BodyAndTerm body;
    List<ElectionPeople.Representative> reps;
    final LocalDate today = ManageElections.today();

    @BeforeEach
    void setUp() {
        word = "E" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        body = people.bodyWithTerm(word, 2, 3);
        reps = people.representatives(5, word);
    }

    static RequestPostProcessor secretariat() {
        return user(ElectionPeople.secretariat());
    }

    static RequestPostProcessor as(ElectionPeople.Representative rep) {
        return user(rep.principal());
    }

    long openElection(int seats, int inspectionDays) throws Exception {
        String location = mvc.perform(post("/admin/council/elections/new").with(secretariat()).with(csrf())
                        .param("bodyId", String.valueOf(body.bodyId())).param("kind", "REGULAR")
                        .param("titleSq", "Zgjedhjet " + word).param("callSq", "Thirrje për kandidatë " + word)
                        .param("seats", String.valueOf(seats)).param("candidacyDeadline", today.toString())
                        .param("eligibility", "REGISTERED").param("registrationDeadline", today.toString())
                        .param("votingClosesOn", today.plusDays(7).toString()).param("seatsFrom", today.toString())
                        .param("inspectionDays", String.valueOf(inspectionDays)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long apply(long election, ElectionPeople.Representative rep) throws Exception {
        MockMultipartFile cv = new MockMultipartFile("documents", "cv.txt", "text/plain",
                ("CV " + rep.name()).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/council/elections/" + election + "/apply").file(cv).with(as(rep)).with(csrf())
                        .param("organisationId", String.valueOf(rep.organisationId()))
                        .param("candidateAccountId", String.valueOf(rep.accountId()))
                        .param("motivation", "Përvojë me politikat publike " + word))
                .andExpect(flash().attribute("flash", "council-election.apply.flash.submitted"));
        return jdbc.queryForObject("SELECT id FROM council_election_candidacy WHERE election_id = ? AND organisation_id = ?",
                Long.class, election, rep.organisationId());
    }

    void register(long election, ElectionPeople.Representative rep) throws Exception {
        mvc.perform(post("/council/elections/" + election + "/register").with(as(rep)).with(csrf())
                        .param("organisationId", String.valueOf(rep.organisationId())))
                .andExpect(flash().attribute("flash", "council-election.vote.flash.registered"));
    }

    org.springframework.test.web.servlet.ResultActions vote(long election, ElectionPeople.Representative rep, Long... choices) throws Exception {
        var request = post("/council/elections/" + election + "/vote").with(as(rep)).with(csrf())
                .param("organisationId", String.valueOf(rep.organisationId()));
        for (Long c : choices) {
            request.param("choices", String.valueOf(c));
        }
        return mvc.perform(request);
    }

    void admin(long election, String action, String flash) throws Exception {
        mvc.perform(post("/admin/council/elections/" + election + "/" + action).with(secretariat()).with(csrf()))
                .andExpect(flash().attribute("flash", flash));
    }

    /** Three candidates, four registered voters; ballots a, b, c, a: a leads, b and c tie for the second seat. */
    record Run(long election, long a, long b, long c) {
    }

    Run runToCount() throws Exception {
        long election = openElection(2, 0);
        long a = apply(election, reps.get(0));
        long b = apply(election, reps.get(1));
        long c = apply(election, reps.get(2));
        for (int i = 0; i < 4; i++) {
            register(election, reps.get(i));
        }
        admin(election, "open-voting", "council-election.admin.flash.votingOpened");
        vote(election, reps.get(0), a).andExpect(flash().attribute("flash", "council-election.vote.flash.cast"));
        vote(election, reps.get(1), b).andExpect(flash().attribute("flash", "council-election.vote.flash.cast"));
        vote(election, reps.get(2), c).andExpect(flash().attribute("flash", "council-election.vote.flash.cast"));
        vote(election, reps.get(3), a).andExpect(flash().attribute("flash", "council-election.vote.flash.cast"));
        admin(election, "close-voting", "council-election.admin.flash.votingClosed");
        admin(election, "count", "council-election.admin.flash.counted");
        return new Run(election, a, b, c);
    }

    @Test
    void an_election_runs_from_the_call_to_the_seats_with_a_tie_broken_by_the_published_lot() throws Exception {
        Run run = runToCount();
        Election e = elections.findById(run.election()).orElseThrow();
        assertThat(e.getStatus()).isEqualTo(ElectionStatus.COUNTED);
        assertThat(e.getSeed()).hasSize(64);
        List<ElectionResult> ranked = results.findByElectionIdOrderByPositionAsc(run.election());
        assertThat(ranked.get(0).getCandidacyId()).isEqualTo(run.a());
        assertThat(ranked.get(0).getVotes()).isEqualTo(2);
        long lotWinner = ElectionCount.lotKey(e.getSeed(), run.b()).compareTo(ElectionCount.lotKey(e.getSeed(), run.c())) < 0 ? run.b() : run.c();
        assertThat(ranked.get(1).getCandidacyId()).isEqualTo(lotWinner);
        assertThat(ranked.get(1).isTied()).isTrue();
        assertThat(ranked.get(1).isElected()).isTrue();
        assertThat(ranked.get(2).isElected()).isFalse();

        // the public page publishes the seed, the procedure and the ballots, none naming an organisation
        mvc.perform(get("/council/elections/" + run.election()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(e.getSeed())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(ranked.get(1).getLotKey())));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'council_election_ballot'",
                String.class)).containsExactlyInAnyOrder("id", "election_id");

        admin(run.election(), "seat", "council-election.admin.flash.seated");
        List<SeatHolder> seated = membership.members(body.bodyId(), today);
        assertThat(seated).filteredOn(s -> s.side() == Side.CIVIL_SOCIETY).extracting(SeatHolder::organisationId)
                .containsExactlyInAnyOrder(reps.get(0).organisationId(), organisationOf(lotWinner));

        // a seat is vacated: the next on the ranked list takes it
        admin(run.election(), "fill-vacancy", "council-election.admin.flash.vacancyFilled");
        assertThat(membership.members(body.bodyId(), today)).hasSize(3);
        mvc.perform(post("/admin/council/elections/" + run.election() + "/fill-vacancy").with(secretariat()).with(csrf()))
                .andExpect(flash().attribute("problem", "council-election.rule.vacancy.listExhausted"));

        assertThat(TestMailServer.awaitMailTo(reps.get(3).email())).isNotEmpty(); // told that voting opened
    }

    long organisationOf(long candidacyId) {
        return jdbc.queryForObject("SELECT organisation_id FROM council_election_candidacy WHERE id = ?", Long.class, candidacyId);
    }

    @Test
    void the_count_is_reproducible_from_the_published_ballots_and_seed() throws Exception {
        Run run = runToCount();
        Election e = elections.findById(run.election()).orElseThrow();
        String csv = mvc.perform(get("/council/elections/" + run.election() + "/ballots.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Set<Long>> ballots = csv.lines().skip(1).map(line -> line.substring(line.indexOf(',') + 1).replace("\"", "").strip())
                .map(choices -> choices.isEmpty() ? Set.<Long>of()
                        : Arrays.stream(choices.split(" ")).map(Long::valueOf).collect(Collectors.toSet()))
                .toList();
        assertThat(ballots).hasSize(4);
        List<ElectionCount.Ranked> recount = ElectionCount.count(List.of(run.a(), run.b(), run.c()), ballots, e.getSeed(), e.getSeats());
        List<ElectionResult> published = results.findByElectionIdOrderByPositionAsc(run.election());
        assertThat(recount).extracting(ElectionCount.Ranked::candidacyId)
                .containsExactlyElementsOf(published.stream().map(ElectionResult::getCandidacyId).toList());
        assertThat(recount).extracting(ElectionCount.Ranked::votes)
                .containsExactlyElementsOf(published.stream().map(ElectionResult::getVotes).toList());
        assertThat(countVotes.recount(e)).isEqualTo(recount);
    }

    @Test
    void one_ballot_per_eligible_organisation_and_none_after_the_close() throws Exception {
        long election = openElection(1, 3);
        long a = apply(election, reps.get(0));
        long b = apply(election, reps.get(1));
        register(election, reps.get(0));
        admin(election, "open-voting", "council-election.admin.flash.votingOpened");

        vote(election, reps.get(0), a).andExpect(flash().attribute("flash", "council-election.vote.flash.cast"));
        vote(election, reps.get(0), b).andExpect(model().attributeHasErrors("ballot"));
        // an organisation that did not register before the deadline is not on the roll
        vote(election, reps.get(1), a).andExpect(model().attributeHasErrors("ballot"));
        // at most as many choices as seats
        register(election, reps.get(2)); // registration is still open today
        vote(election, reps.get(2), a, b).andExpect(model().attributeHasErrors("ballot"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_election_ballot WHERE election_id = ?", Long.class, election)).isEqualTo(1);

        admin(election, "close-voting", "council-election.admin.flash.votingClosed");
        vote(election, reps.get(2), a).andExpect(model().attributeHasErrors("ballot"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_election_ballot WHERE election_id = ?", Long.class, election)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_election_voter WHERE election_id = ? AND voted_at IS NOT NULL",
                Long.class, election)).isEqualTo(1);

        // before the count nobody sees the ballots; the winners wait for the inspection window
        mvc.perform(get("/council/elections/" + election + "/ballots.csv")).andExpect(status().isNotFound());
        admin(election, "count", "council-election.admin.flash.counted");
        mvc.perform(post("/admin/council/elections/" + election + "/seat").with(secretariat()).with(csrf()))
                .andExpect(flash().attribute("problem", "council-election.rule.seat.inspectionRunning"));
    }

    @Test
    void a_representative_acts_only_for_their_own_organisation() throws Exception {
        long election = openElection(1, 0);
        mvc.perform(post("/council/elections/" + election + "/register").with(as(reps.get(0))).with(csrf())
                        .param("organisationId", String.valueOf(reps.get(1).organisationId())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/council/elections/" + election + "/apply").with(as(reps.get(0))).with(csrf())
                        .param("organisationId", String.valueOf(reps.get(1).organisationId()))
                        .param("candidateAccountId", String.valueOf(reps.get(1).accountId()))
                        .param("motivation", "x"))
                .andExpect(status().isForbidden());
        assertThat(new HashSet<>(jdbc.queryForList("SELECT organisation_id FROM council_election_voter WHERE election_id = ?",
                Long.class, election))).isEmpty();
    }
}

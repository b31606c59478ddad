package org.bashke.council.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.BodyKind;
import org.bashke.council.body.Membership;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.BrowserTest;
import org.bashke.support.DemoPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The secretariat gives a new body a term with quotas and opens an election for two CSO seats; one CSO
 * applies and votes through its pages, three more take part through the same use cases (logging each of
 * them in would only repeat the same pages); the ballots make a tie for the second seat, which the count
 * breaks by the published lot; the winners are seated and appear on the body's page.
 */
class ElectionJourneyTest extends BrowserTest {

    final ElectionPeople people;
    final Membership membership;
    final ApplyAsCandidate apply;
    final Voting voting;
    final ElectionRepository elections;
    final ElectionResultRepository results;
    final CandidacyRepository candidacies;

    @Autowired
    ElectionJourneyTest(ApplicationContext context) {
        this.people = new ElectionPeople(context);
        this.membership = context.getBean(Membership.class);
        this.apply = context.getBean(ApplyAsCandidate.class);
        this.voting = context.getBean(Voting.class);
        this.elections = context.getBean(ElectionRepository.class);
        this.results = context.getBean(ElectionResultRepository.class);
        this.candidacies = context.getBean(CandidacyRepository.class);
    }

    @Test
    void the_secretariat_runs_an_election_with_ballots_from_several_csos_a_tie_resolved_by_lot_and_winners_seated() throws Exception {
        String word = "J" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        List<ElectionPeople.Representative> reps = people.representatives(4, word);
        long bodyId = membership.createBody("J" + word.substring(1, 7).toUpperCase(), LocalizedText.same("Ekipi " + word),
                BodyKind.WORKING_TEAM, null, null).id();
        String today = ManageElections.today().toString();

        // the secretariat: a term with quotas, then the call for candidates
        signInAs("secretariat");
        open("/admin/council/bodies/" + bodyId);
        type(By.id("label"), "2026–2030 " + word);
        date(By.id("startsOn"), ManageElections.today().minusDays(1).toString());
        date(By.id("endsOn"), ManageElections.today().plusYears(4).toString());
        type(By.id("governmentSeats"), "2");
        type(By.id("civilSocietySeats"), "2");
        submit(By.cssSelector("form[action$='/terms'] button[type=submit]"));
        assertThat(membership.termId(bodyId, ManageElections.today())).isPresent();

        open("/admin/council/elections/new");
        select(By.id("bodyId"), String.valueOf(bodyId));
        type(By.id("titleSq"), "Zgjedhjet " + word);
        type(By.id("callSq"), "Thirrje për kandidatë nga OSHC-të " + word);
        type(By.id("seats"), "2");
        date(By.id("candidacyDeadline"), today);
        select(By.id("eligibility"), "REGISTERED");
        date(By.id("registrationDeadline"), today);
        date(By.id("votingClosesOn"), ManageElections.today().plusDays(7).toString());
        date(By.id("seatsFrom"), today);
        type(By.id("inspectionDays"), "0");
        submit(By.cssSelector("form[action$='/admin/council/elections/new'] button[type=submit]"));
        long election = Long.parseLong(currentPath().substring(currentPath().lastIndexOf('/') + 1));
        Set<Cookie> secretariat = driver().manage().getCookies();

        // a CSO's representative puts forward a candidate with a document and registers to vote
        driver().manage().deleteAllCookies();
        ElectionPeople.Representative first = reps.get(0);
        signIn(first.email(), DemoPeople.PASSWORD);
        open("/council/elections/" + election);
        click(By.cssSelector("a[href='/council/elections/" + election + "/apply']"));
        select(By.id("candidateAccountId"), String.valueOf(first.accountId()));
        type(By.id("motivation"), "Dhjetë vjet punë me pjesëmarrjen qytetare " + word);
        Path cv = Files.createTempFile("cv-", ".txt");
        Files.writeString(cv, "CV " + first.name());
        find(By.id("documents")).sendKeys(cv.toAbsolutePath().toString());
        submit(By.cssSelector("form[action$='/apply'] button[type=submit]"));
        assertThat(find(By.cssSelector("[id^='candidate-']")).getText()).contains(first.name());
        open("/council/elections/" + election + "/vote");
        submit(By.cssSelector("form[action$='/register'] button[type=submit]"));
        Set<Cookie> firstSession = driver().manage().getCookies();

        // three more CSOs: two candidates, three more registered voters
        long a = candidacies.findByElectionIdAndOrganisationId(election, first.organisationId()).orElseThrow().getId();
        long b = as(reps.get(1), () -> apply.apply(election, reps.get(1).organisationId(), reps.get(1).accountId(), "Motivim " + word, List.of()));
        long c = as(reps.get(2), () -> apply.apply(election, reps.get(2).organisationId(), reps.get(2).accountId(), "Motivim " + word, List.of()));
        for (int i = 1; i < 4; i++) {
            ElectionPeople.Representative rep = reps.get(i);
            as(rep, () -> {
                voting.register(election, rep.organisationId());
                return 0L;
            });
        }

        useSession(secretariat);
        open("/admin/council/elections/" + election);
        submit(By.cssSelector("form[action$='/open-voting'] button[type=submit]"));

        // the first CSO votes for its candidate through the voting page
        useSession(firstSession);
        open("/council/elections/" + election + "/vote");
        click(By.id("choice-" + a));
        submit(By.cssSelector("form[action$='/vote'] button[type=submit]"));
        assertThat(findAll(By.cssSelector("form[action$='/vote']"))).isEmpty(); // one ballot: no form any more

        // the others: b, c and a again, so b and c tie for the second seat
        as(reps.get(1), () -> { voting.cast(election, reps.get(1).organisationId(), List.of(b)); return 0L; });
        as(reps.get(2), () -> { voting.cast(election, reps.get(2).organisationId(), List.of(c)); return 0L; });
        as(reps.get(3), () -> { voting.cast(election, reps.get(3).organisationId(), List.of(a)); return 0L; });

        useSession(secretariat);
        open("/admin/council/elections/" + election);
        submit(By.cssSelector("form[action$='/close-voting'] button[type=submit]"));
        submit(By.cssSelector("form[action$='/count'] button[type=submit]"));
        String seed = elections.findById(election).orElseThrow().getSeed();
        assertThat(text(By.id("seed"))).isEqualTo(seed);
        long lotWinner = ElectionCount.lotKey(seed, b).compareTo(ElectionCount.lotKey(seed, c)) < 0 ? b : c;
        assertThat(findAll(By.cssSelector("#result-" + b + " .tag, #result-" + c + " .tag"))).isNotEmpty();
        submit(By.cssSelector("form[action$='/seat'] button[type=submit]"));

        // the public sees the results, the seed and the ballots; the body's page shows the new members
        driver().manage().deleteAllCookies();
        open("/council/elections");
        click(By.cssSelector("a[href='/council/elections/" + election + "']"));
        assertThat(text(By.id("seed"))).isEqualTo(seed);
        assertThat(findAll(By.cssSelector("#ballots ~ div table tbody tr"))).hasSize(4);
        List<ElectionResult> ranked = results.findByElectionIdOrderByPositionAsc(election);
        assertThat(ranked).extracting(ElectionResult::getCandidacyId).startsWith(a, lotWinner);
        assertThat(ranked.subList(0, 2)).allMatch(ElectionResult::isSeated);
        open("/council/bodies/" + bodyId);
        assertThat(driver().getPageSource()).contains(first.name()).contains(reps.get(lotWinner == b ? 1 : 2).name());
    }

    /** A date field gets its ISO value directly: what typing into it means depends on the browser's locale. */
    void date(By field, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", find(field), isoDate);
    }

    void useSession(Set<Cookie> cookies) {
        driver().manage().deleteAllCookies();
        cookies.forEach(cookie -> driver().manage().addCookie(cookie));
    }

    /** Runs a use case as the representative, as their request would. */
    static long as(ElectionPeople.Representative rep, java.util.function.Supplier<Long> action) {
        org.springframework.security.core.userdetails.UserDetails principal = rep.principal();
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

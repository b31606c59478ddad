package org.bashke.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodeVersionRepository;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipApplicationRepository;
import org.bashke.support.BrowserTest;
import org.bashke.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * (1) A CSO applies, the secretariat records the Board's approval at a Board meeting, and the organisation
 * appears in the public register in three languages. (2) A new version of the code of conduct is adopted,
 * and a member that has not accepted it is refused a ballot in the Board election until it accepts.
 */
class NetworkMemberJourneyTest extends BrowserTest {

    final NetworkMemberFixture fixture;
    final MembershipApplicationRepository applications;
    final CodeVersionRepository versions;

    @Autowired
    NetworkMemberJourneyTest(ApplicationContext context) {
        this.fixture = new NetworkMemberFixture(context);
        this.applications = context.getBean(MembershipApplicationRepository.class);
        this.versions = context.getBean(CodeVersionRepository.class);
    }

    @Test
    void a_cso_applies_the_board_approves_it_at_a_meeting_and_it_appears_in_the_public_register_in_three_languages() throws Exception {
        String word = NetworkMemberFixture.word();
        String name = "Lëvizja Qytetare " + word;
        long org = fixture.cso(name);
        TestAccounts.Person rep = fixture.representative(org, "sq");
        long meeting = fixture.boardMeeting("Mbledhja e Bordit " + word, 2);

        signIn(rep.email(), TestAccounts.PASSWORD);
        open("/network/membership");
        click(By.cssSelector("a[href='/network/membership/apply']"));
        select(By.id("organisationId"), String.valueOf(org));
        select(By.id("regionCode"), "PRI");
        click(By.id("area-youth"));
        Path statute = Files.createTempFile("statuti-", ".txt");
        Files.writeString(statute, "Statuti " + name);
        Path registration = Files.createTempFile("certifikata-", ".txt");
        Files.writeString(registration, "Certifikata " + name);
        find(By.id("statute")).sendKeys(statute.toAbsolutePath().toString());
        find(By.id("registration")).sendKeys(registration.toAbsolutePath().toString());
        click(By.id("acceptsCode"));
        submit(By.cssSelector("form[action$='/network/membership/apply'] button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/network/membership");
        MembershipApplication a = applications.findByOrganisationIdInOrderBySubmittedAtDesc(List.of(org)).get(0);

        driver().manage().deleteAllCookies();
        signInAs("secretariat");
        open("/admin/network/applications");
        click(By.cssSelector("a[href='/admin/network/applications/" + a.getId() + "']"));
        submit(By.cssSelector("form[action$='/complete'] button[type=submit]"));
        select(By.id("meetingId"), String.valueOf(meeting));
        click(By.id("outcome-approve"));
        type(By.id("votesFor"), "8");
        type(By.id("votesAgainst"), "0");
        type(By.id("votesAbstaining"), "1");
        submit(By.cssSelector("form[action$='/decision'] button[type=submit]"));
        assertThat(text(By.id("application-status"))).isEqualTo(message("network-member.application.status.APPROVED", Locale.forLanguageTag("sq")));

        driver().manage().deleteAllCookies();
        for (String lang : List.of("sq", "sr-Latn", "en")) {
            open("/network/members?lang=" + lang);
            assertThat(text(By.tagName("h1"))).isEqualTo(message("network-member.register.title", Locale.forLanguageTag(lang)));
            assertThat(text(By.id("register"))).contains(name);
        }
    }

    @Test
    void a_new_code_version_is_adopted_and_a_member_that_has_not_accepted_it_is_refused_a_ballot_until_it_accepts() throws Exception {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Votuesi " + word);
        fixture.member(org);
        TestAccounts.Person voter = fixture.representative(org, "sq");
        long candidateOrg = fixture.cso("Kandidati " + word);
        fixture.member(candidateOrg);
        TestAccounts.Person candidate = fixture.representative(candidateOrg, "sq");
        long[] ids = fixture.boardElection(word, candidateOrg, candidate);
        long election = ids[0];
        long candidacyId = ids[1];

        // the secretariat drafts and adopts a new version of the code of conduct
        signInAs("secretariat");
        open("/admin/network/code/new?kind=conduct");
        type(By.id("titleSq"), "Kodi i sjelljes " + word);
        type(By.id("textSq"), "Anëtarët veprojnë me ndershmëri " + word);
        submit(By.cssSelector("form[action*='/admin/network/code/new'] button[type=submit]"));
        CodeVersion v = versions.findByKindOrderByNumberDesc(CodeKind.CODE_OF_CONDUCT).get(0);
        assertThat(currentPath()).isEqualTo("/admin/network/code/" + v.getId());
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", find(By.id("adoptedOn")),
                LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString());
        submit(By.cssSelector("form[action$='/adopt'] button[type=submit]"));
        assertThat(text(By.id("accepted-count"))).isNotBlank();

        // the member's representative tries to vote and is told why not
        driver().manage().deleteAllCookies();
        signIn(voter.email(), TestAccounts.PASSWORD);
        open("/council/elections/" + election + "/vote");
        select(By.id("organisationId"), String.valueOf(org));
        click(By.id("choice-" + candidacyId));
        submit(By.cssSelector("form[action$='/vote'] button[type=submit]"));
        String refused = message("network-code.vote.codeNotAccepted", Locale.forLanguageTag("sq"));
        assertThat(text(By.cssSelector(".error-summary"))).contains(refused);
        assertThat(findAll(By.cssSelector("form[action$='/vote']"))).isNotEmpty();

        // it accepts the code, then votes
        open("/network/code/versions/" + v.getId());
        submit(By.id("accept-" + org));
        assertThat(findAll(By.id("accept-" + org))).isEmpty();
        open("/council/elections/" + election + "/vote");
        select(By.id("organisationId"), String.valueOf(org));
        click(By.id("choice-" + candidacyId));
        submit(By.cssSelector("form[action$='/vote'] button[type=submit]"));
        assertThat(findAll(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(findAll(By.cssSelector("form[action$='/vote'] button[type=submit]"))).isEmpty();
    }
}

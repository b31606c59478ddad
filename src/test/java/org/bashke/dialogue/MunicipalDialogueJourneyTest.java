package org.bashke.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;
import org.bashke.support.BrowserTest;
import org.bashke.support.DemoPeople;
import org.bashke.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey (2), end to end through the real forms: the Prizren hub coordinator runs a municipal
 * forum (a CSO taking part, a public hearing, the partnership checklist); a CSO proposes an initiative to the
 * municipality and three other CSOs endorse it; the municipality's commitment, made at the hearing, is
 * recorded, appears in the monitoring tracker, has its trail page, and the municipality page gathers it all.
 * axe-core checks every page on the way.
 */
class MunicipalDialogueJourneyTest extends BrowserTest {

    private final Directory directory;
    private final TestAccounts people;

    @Autowired
    MunicipalDialogueJourneyTest(Directory directory, TestAccounts people) {
        this.directory = directory;
        this.people = people;
    }

    @Test
    void a_municipal_forum_with_its_checklist_an_initiative_endorsed_by_three_csos_and_a_commitment_in_the_tracker() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        MunicipalitySummary prizren = directory.municipalities().stream().filter(m -> m.code().equals("PRZ")).findFirst().orElseThrow();
        long qdnp = cso("Qendra për Dialog Ndërkulturor Prizren");
        List<Long> endorsers = List.of(cso("Shoqata e Gazetarëve të Pavarur Prizren"), cso("Qendra për Iniciativa Qytetare"),
                cso("Instituti për Politika Publike"));

        // 1. the hub coordinator records the forum, a CSO taking part, the hearing and the checklist
        signIn("qendra.prizren@bashke.demo", DemoPeople.PASSWORD);
        open("/dialogue/manage/new");
        select(By.id("organisationId"), String.valueOf(prizren.organisationId()));
        select(By.id("type"), "MUNICIPAL_FORUM");
        type(By.id("titleSq"), "Forumi për transportin " + word);
        type(By.id("summarySq"), "Komuna dhe organizatat flasin për linjat e autobusëve.");
        submit(By.id("save-process"));
        String managePath = currentPath();
        String publicPath = managePath.replace("/manage", "");
        select(By.id("participant"), String.valueOf(qdnp));
        submit(By.id("add-participant"));
        type(By.id("title"), "Dëgjimi publik " + word);
        type(By.id("outcome"), "Komuna pranoi të shtojë një linjë për fshatrat.");
        submit(By.id("add-step"));
        assertThat(text(By.cssSelector("#steps + ol"))).contains("Dëgjimi publik " + word);
        open(managePath + "/checklist");
        findAll(By.cssSelector("label[for^='rating-'][for$='-YES']")).forEach(WebElement::click);
        submit(By.id("save-checklist"));
        assertThat(text(By.cssSelector("main"))).contains("100%");

        // the hearing's record is corrected, and its agenda kept with the process
        open(managePath);
        click(By.cssSelector("a[href^='" + managePath + "/steps/'][href$='/edit']"));
        type(By.id("outcome"), "Komuna pranoi të shtojë një linjë për fshatrat dhe një stacion.");
        submit(By.id("save-step"));
        assertThat(text(By.cssSelector("#steps + ol"))).contains("dhe një stacion");
        java.nio.file.Path agenda = java.nio.file.Files.createTempFile("rendi-", ".txt");
        java.nio.file.Files.writeString(agenda, "Rendi i ditës " + word);
        type(By.id("documentTitle"), "Rendi i ditës " + word);
        find(By.id("documentFile")).sendKeys(agenda.toString());
        submit(By.id("add-document"));
        assertThat(text(By.cssSelector("#documents + ul"))).contains("Rendi i ditës " + word);

        // 2. a CSO proposes an initiative to the municipality; three other CSOs endorse it
        TestAccounts.Person proposer = people.person("sq", Map.of(Role.CSO_REPRESENTATIVE, Set.of(qdnp)));
        signOutAndIn(proposer.email(), TestAccounts.PASSWORD);
        open("/dialogue/initiatives/new");
        select(By.id("organisationId"), String.valueOf(qdnp));
        select(By.id("targetOrganisationId"), String.valueOf(prizren.organisationId()));
        type(By.id("title"), "Linjë autobusi për fshatrat " + word);
        type(By.id("problem"), "Fshatrat e largëta nuk kanë transport publik.");
        type(By.id("ask"), "Kërkojmë një linjë të re deri në pranverë.");
        submit(By.id("propose-button"));
        String initiativePath = currentPath();
        assertThat(initiativePath).startsWith("/dialogue/initiatives/");
        int count = 0;
        for (long cso : endorsers) {
            TestAccounts.Person representative = people.person("sq", Map.of(Role.CSO_REPRESENTATIVE, Set.of(cso)));
            signOutAndIn(representative.email(), TestAccounts.PASSWORD);
            open(initiativePath);
            select(By.id("support-organisation"), String.valueOf(cso));
            submit(By.id("support-button"));
            count++;
            assertThat(text(By.id("supporters"))).isEqualTo(message("dialogue.supporters.heading", readerLocale(), count));
        }
        assertThat(text(By.cssSelector("#supporters + ul"))).contains("Shoqata e Gazetarëve të Pavarur Prizren",
                "Qendra për Iniciativa Qytetare", "Instituti për Politika Publike");
        assertThat(text(By.cssSelector("#timeline + ol"))).contains(
                message("dialogue.timeline.proposed", readerLocale(), "Qendra për Dialog Ndërkulturor Prizren"),
                message("dialogue.timeline.supported", readerLocale(), "Instituti për Politika Publike"));

        // 3. the commitment the municipality made at the hearing, recorded by the hub coordinator
        signOutAndIn("qendra.prizren@bashke.demo", DemoPeople.PASSWORD);
        open(managePath + "/commitments/new");
        type(By.id("textSq"), "Komuna hap linjën e autobusit për fshatrat " + word);
        new Select(find(By.id("stepId"))).selectByIndex(1);
        type(By.id("source"), "Procesverbali i dëgjimit, pika 3");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(By.id("deadline")),
                LocalDate.now().plusMonths(4).toString());
        submit(By.id("save-commitment"));
        assertThat(text(By.id("commitments"))).isNotBlank();

        // the public process page leads to the trail: the hearing, the commitment, the follow-up
        open(publicPath);
        click(By.cssSelector("#commitments ~ ul a[href^='/dialogue/commitments/']"));
        String trail = text(By.cssSelector("main"));
        assertThat(trail).contains("Dëgjimi publik " + word, "Komuna pranoi të shtojë një linjë për fshatrat dhe një stacion.",
                "Procesverbali i dëgjimit, pika 3", "Komuna hap linjën e autobusit për fshatrat " + word);

        // monitoring tracks it as an obligation from dialogue (delivered after the commit)
        String tracker = "/monitoring?institution=" + prizren.organisationId() + "&source=commitment";
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        open(tracker);
        while (!text(By.cssSelector("main")).contains("Komuna hap linjën e autobusit për fshatrat " + word) && Instant.now().isBefore(until)) {
            sleep(1000);
            open(tracker);
        }
        assertThat(text(By.cssSelector("main"))).contains("Komuna hap linjën e autobusit për fshatrat " + word);

        // the municipality page, reached from the list by region, gathers the process, the initiative and the commitment
        open("/dialogue/municipalities");
        click(By.cssSelector("a[href='/dialogue/municipalities/PRZ']"));
        assertThat(text(By.cssSelector("main"))).contains("Forumi për transportin " + word, "Linjë autobusi për fshatrat " + word,
                "Komuna hap linjën e autobusit për fshatrat " + word);
        open("/dialogue/municipalities/PRZ?lang=sr-Cyrl");
        assertThat(text(By.tagName("h1"))).contains("Призрен");
    }

    private long cso(String name) {
        return directory.findOrganisations(name, OrganisationType.CSO, 1).get(0).id();
    }

    private void signOutAndIn(String email, String password) {
        driver().manage().deleteAllCookies();
        signIn(email, password);
        assertThat(currentPath()).doesNotStartWith("/login");
    }

    private Locale readerLocale() {
        return Locale.forLanguageTag(pageLanguage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

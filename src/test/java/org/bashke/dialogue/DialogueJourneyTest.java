package org.bashke.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.DialogueInitiativeRepository;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationType;
import org.bashke.support.BrowserTest;
import org.bashke.support.DemoPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Prizren hub coordinator records a municipal forum of the Municipality of Prizren (a CSO taking part,
 * a meeting, the checklist); then the demo CSO representative supports an initiative to the municipality.
 * axe-core checks every page on the way.
 */
class DialogueJourneyTest extends BrowserTest {

    private final Directory directory;
    private final DialogueInitiativeRepository initiatives;

    @Autowired
    DialogueJourneyTest(Directory directory, DialogueInitiativeRepository initiatives) {
        this.directory = directory;
        this.initiatives = initiatives;
    }

    @Test
    void the_prizren_hub_coordinator_records_a_municipal_forum_and_a_cso_supports_an_initiative() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        MunicipalitySummary prizren = directory.municipalities().stream().filter(m -> m.code().equals("PRZ")).findFirst().orElseThrow();
        long qdnp = directory.findOrganisations("Qendra për Dialog Ndërkulturor Prizren", OrganisationType.CSO, 1).get(0).id();
        long qiq = directory.findOrganisations("Qendra për Iniciativa Qytetare", OrganisationType.CSO, 1).get(0).id();

        signIn("qendra.prizren@bashke.demo", DemoPeople.PASSWORD);
        open("/dialogue");
        click(By.cssSelector("a[href='/dialogue/manage']"));
        click(By.id("new-process"));
        select(By.id("organisationId"), String.valueOf(prizren.organisationId()));
        select(By.id("type"), "MUNICIPAL_FORUM");
        type(By.id("titleSq"), "Forumi për rininë " + word);
        type(By.id("summarySq"), "Komuna dhe organizatat rinore flasin për hapësirat rinore.");
        submit(By.id("save-process"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("dialogue.flash.created", readerLocale()));
        String processPath = currentPath();

        select(By.id("participant"), String.valueOf(qdnp));
        submit(By.id("add-participant"));
        assertThat(text(By.cssSelector("#participants + ul"))).contains("Qendra për Dialog Ndërkulturor Prizren");
        type(By.id("title"), "Takimi i parë " + word);
        type(By.id("outcome"), "Komuna do të hapë një qendër rinore.");
        submit(By.id("add-step"));
        assertThat(text(By.cssSelector("#steps + ol"))).contains("Takimi i parë " + word);

        click(By.cssSelector("a[href='" + processPath + "/checklist']"));
        click(By.cssSelector("label[for^='rating-'][for$='-YES']"));
        submit(By.id("save-checklist"));
        assertThat(text(By.cssSelector("main"))).contains(message("dialogue.score.value", readerLocale(), 100, 1));

        // an initiative to the municipality, proposed by another CSO, for the CSO representative to support
        Initiative initiative = initiatives.save(new Initiative(qdnp,
                new Placement(ProcessLevel.MUNICIPAL, prizren.organisationId(), prizren.code(), prizren.regionCode(), "PRZ"),
                "Hapësira rinore " + word, "Të rinjtë nuk kanë ku të takohen.", "Kërkojmë një qendër rinore.", "sq", null,
                "Qendra për Dialog Ndërkulturor Prizren", Instant.now()));

        driver().manage().deleteAllCookies();
        signIn("oshc@bashke.demo", DemoPeople.PASSWORD);
        open("/dialogue/initiatives?region=PRZ");
        click(By.cssSelector("a[href='/dialogue/initiatives/" + initiative.getId() + "']"));
        select(By.id("support-organisation"), String.valueOf(qiq));
        submit(By.id("support-button"));
        assertThat(text(By.id("supporters"))).isEqualTo(message("dialogue.supporters.heading", readerLocale(), 1));
        assertThat(text(By.cssSelector("#supporters + ul"))).contains("Qendra për Iniciativa Qytetare");

        open(processPath.replace("/manage", ""));
        open("/dialogue/initiatives/new");
    }

    /** The demo CSO representative reads in their own language; the page tells which. */
    private Locale readerLocale() {
        return Locale.forLanguageTag(pageLanguage());
    }
}

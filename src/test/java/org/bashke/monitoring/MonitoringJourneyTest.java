package org.bashke.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bashke.support.BrowserTest;
import org.bashke.support.DemoPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo officer of the Office for Good Governance files a progress update with evidence on one of the
 * office's action-plan activities; the demo Council member disagrees with it; the public tracker, read in
 * Serbian, shows the government's words and the CSO assessment side by side. axe-core checks every page.
 */
class MonitoringJourneyTest extends BrowserTest {

    static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    @Test
    void an_officer_files_an_update_a_council_member_disagrees_and_the_serbian_tracker_shows_both_side_by_side() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String government = "Sekretarijat radi punim kapacitetom " + word;
        String cso = "Sekretarijat nema ni jednog zaposlenog " + word;
        Path evidence = Files.createTempFile("dokaz-" + word, ".pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());

        signIn("zyra@bashke.demo", DemoPeople.PASSWORD, "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U");
        open("/monitoring/mine");
        click(By.partialLinkText("A1.2.1"));
        String obligationPath = currentPath();
        click(By.cssSelector("a[href$='/updates/new']"));
        select(By.id("status"), "IN_PROGRESS");
        WebElement percent = find(By.id("percent"));
        percent.clear();
        percent.sendKeys("60");
        type(By.id("narrativeSq"), "Sekretariati punon me kapacitet të plotë " + word);
        type(By.id("narrativeSr"), government);
        type(By.id("links"), "https://example.org/raport-" + word);
        find(By.id("files")).sendKeys(evidence.toAbsolutePath().toString());
        submit(By.cssSelector("form[action$='/updates/new'] button[type=submit]"));
        assertThat(currentPath()).isEqualTo(obligationPath);
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("monitoring.flash.updateFiled", Locale.forLanguageTag("sq")));

        driver().manage().deleteAllCookies();
        signInAs("council_member");
        open(obligationPath);
        List<WebElement> assess = findAll(By.cssSelector("a[href$='/assessment']"));
        click(By.cssSelector("a[href='" + assess.get(assess.size() - 1).getDomAttribute("href") + "']"));
        find(By.id("verdict-DISAGREE")).click();
        type(By.id("narrativeSr"), cso);
        submit(By.cssSelector("form[action$='/assessment'] button[type=submit]"));
        assertThat(currentPath()).isEqualTo(obligationPath);

        driver().manage().deleteAllCookies();
        open(obligationPath + "?lang=sr-Latn");
        WebElement row = find(By.xpath("//table[contains(@class,'side-by-side')]//tr[td[contains(., '" + government + "')]]"));
        assertThat(row.findElement(By.cssSelector("td.government")).getText()).contains(government)
                .contains(message("monitoring.evidence.file", SERBIAN, evidence.getFileName().toString()));
        assertThat(row.findElement(By.cssSelector("td.cso")).getText()).contains(cso)
                .contains(message("monitoring.verdict.DISAGREE", SERBIAN));
        open("/monitoring?lang=sr-Latn&status=IN_PROGRESS");
        assertThat(find(By.xpath("//tr[td/a[@href='" + obligationPath + "']]")).getText())
                .contains(message("monitoring.verdict.DISAGREE", SERBIAN));
    }
}

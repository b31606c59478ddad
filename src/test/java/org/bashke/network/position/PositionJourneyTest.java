package org.bashke.network.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.Consultations;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;
import org.bashke.support.BrowserTest;
import org.bashke.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secretariat drafts a position on an open public consultation and sends it to the members; a member
 * organisation's representative comments; the secretariat revises it, records the Board's adoption and files it as
 * CiviKos's comment on the consultation; the public reads it in English too. axe-core checks every page.
 */
class PositionJourneyTest extends BrowserTest {

    static final Locale SQ = Locale.forLanguageTag("sq");

    final TestAccounts people;
    final JdbcTemplate jdbc;
    final Directory directory;
    final Consultations consultations;

    @Autowired
    PositionJourneyTest(TestAccounts people, JdbcTemplate jdbc, Directory directory, Consultations consultations) {
        this.people = people;
        this.jdbc = jdbc;
        this.directory = directory;
        this.consultations = consultations;
    }

    @Test
    void a_position_goes_through_member_consultation_and_adoption_then_is_sent_as_a_comment_to_a_consultation() {
        ConsultationSummary open = consultations.openConsultations().get(0);
        long org = directory.activeOrganisations(OrganisationType.CSO).get(0).id();
        NetworkFixture.activeMember(jdbc, org, "PRI");
        TestAccounts.Person representative = people.holding(Role.CSO_REPRESENTATIVE, org, "sq");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "Qëndrimi i CiviKos për standardet minimale " + tag;
        String today = LocalDate.now(ManagePositions.KOSOVO).toString();

        signInAs("secretariat");
        open("/admin/network/positions/new");
        select(By.id("consultationId"), String.valueOf(open.id()));
        select(By.id("requiredBody"), "BOARD");
        type(By.id("titleSq"), title);
        type(By.id("textSq"), "CiviKos kërkon që çdo konsultim të zgjasë së paku 15 ditë pune.");
        type(By.id("titleEn"), "CiviKos position on the minimum standards " + tag);
        type(By.id("textEn"), "CiviKos asks that every consultation last at least 15 working days.");
        submit(By.cssSelector("form[action$='/positions/new'] button[type=submit]"));
        assertThat(currentPath()).matches("/admin/network/positions/\\d+");
        String adminPath = currentPath();
        String id = adminPath.substring(adminPath.lastIndexOf('/') + 1);
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(By.id("deadline")), today);
        submit(By.cssSelector("form[action$='/consult'] button[type=submit]"));
        assertThat(text(By.id("position-status"))).isEqualTo(message("network.position.status.MEMBER_CONSULTATION", SQ));

        driver().manage().deleteAllCookies();
        signIn(representative.email(), TestAccounts.PASSWORD);
        open("/network/member-consultations");
        click(By.cssSelector("a[href$='/network/member-consultations/" + id + "']"));
        type(By.id("body"), "Propozojmë të shtohet edhe detyrimi për raportin përfundimtar.");
        submit(By.cssSelector("form[action$='/comments'] button[type=submit]"));
        assertThat(text(By.cssSelector("main"))).contains("Propozojmë të shtohet edhe detyrimi");

        driver().manage().deleteAllCookies();
        signInAs("secretariat");
        open(adminPath);
        assertThat(text(By.id("comments"))).isEqualTo(message("network.position.comments.heading", SQ, "1"));
        type(By.id("textSq"), "CiviKos kërkon që çdo konsultim të zgjasë së paku 15 ditë pune dhe të mbyllet me raport përfundimtar.");
        type(By.id("note"), "Pas komenteve të anëtarëve");
        submit(By.cssSelector("form[action$='/revise'] button[type=submit]"));
        type(By.id("reference"), "Mbledhja e Bordit nr. 12, vendimi 3/2026");
        submit(By.cssSelector("form[action$='/adopt'] button[type=submit]"));
        assertThat(text(By.id("position-status"))).isEqualTo(message("network.position.status.ADOPTED", SQ));
        submit(By.cssSelector("form[action$='/submit'] button[type=submit]"));
        assertThat(findAll(By.id("submitted"))).hasSize(1);

        driver().manage().deleteAllCookies();
        open("/network/positions");
        click(By.cssSelector("a[href$='/network/positions/" + id + "']"));
        assertThat(text(By.cssSelector("main"))).contains("mbyllet me raport përfundimtar").contains("Mbledhja e Bordit nr. 12");
        open("/network/positions/" + id + "?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("CiviKos position on the minimum standards " + tag);
        assertThat(checkedPages()).isNotEmpty();
    }
}

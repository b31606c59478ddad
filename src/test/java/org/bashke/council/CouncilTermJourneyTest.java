package org.bashke.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The secretariat creates a body and a term with seat quotas, seats people by e-mail for organisations
 * picked by name, names a substitute, is stopped by the quota, and the public sees who sits where.
 */
class CouncilTermJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Test
    void the_secretariat_creates_a_term_with_quotas_and_seats_people_whom_the_public_then_sees() {
        String code = "J" + ThreadLocalRandom.current().nextInt(1_000_000);
        signInAs("secretariat");
        open("/admin/council/bodies");
        type(By.id("code"), code);
        type(By.id("nameSq"), "Grupi i provës " + code);
        select(By.id("kind"), "WORKING_TEAM");
        submit(By.cssSelector("form[action$='/admin/council/bodies'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council.admin.flash.bodyCreated", ALBANIAN));

        // the first day defaults to today; one seat per side
        type(By.id("label"), "2026–2030");
        type(By.id("governmentSeats"), "1");
        type(By.id("civilSocietySeats"), "1");
        submit(By.cssSelector("form[action$='/terms'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council.admin.flash.termCreated", ALBANIAN));

        select(By.id("side"), "CIVIL_SOCIETY");
        type(By.id("email"), "oshc@bashke.demo");
        type(By.id("organisation"), "Qendra për Iniciativa Qytetare");
        select(By.id("office"), "COORDINATOR");
        submit(By.cssSelector("form[action$='/seats'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council.admin.flash.seated", ALBANIAN));

        String seatId = find(By.cssSelector("div.card[id^='seat-']")).getAttribute("id").substring("seat-".length());
        type(By.id("substitute-" + seatId), "anetar@bashke.demo");
        submit(By.cssSelector("form[action$='/seats/" + seatId + "/substitute'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council.admin.flash.substitute", ALBANIAN));

        // the civil-society quota is full: the form says so next to the side
        select(By.id("side"), "CIVIL_SOCIETY");
        type(By.id("email"), "keshilli@bashke.demo");
        submit(By.cssSelector("form[action$='/seats'] button[type=submit]"));
        assertThat(text(By.id("side-error"))).contains(message("council.rule.seat.quotaFull", ALBANIAN));

        select(By.id("side"), "GOVERNMENT");
        type(By.id("email"), "zyra@bashke.demo");
        type(By.id("organisation"), "Zyra për Qeverisje të Mirë");
        submit(By.cssSelector("form[action$='/seats'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council.admin.flash.seated", ALBANIAN));

        click(By.cssSelector("a[href^='/admin/council/bodies/']"));
        click(By.cssSelector("a[href^='/council/bodies/']"));
        String page = text(By.tagName("main"));
        assertThat(page).contains("Grupi i provës " + code, "Përfaqësuesi i OSHC-së", "Zyrtari i ZQM-së", "Anëtar Demo",
                "Qendra për Iniciativa Qytetare", message("council.office.COORDINATOR", ALBANIAN));

        open("/council");
        open("/council/open-data");
    }
}

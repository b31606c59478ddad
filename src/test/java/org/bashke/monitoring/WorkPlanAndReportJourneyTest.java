package org.bashke.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The secretariat places an activity in a year's work plan and moves it with a reason, which the public year
 * page shows; drafts the annual report with an introduction, records the Council's approval and publishes it,
 * and the public list shows it. An obligation with indicators shows the trend chart beside its table.
 * axe-core checks every page.
 */
class WorkPlanAndReportJourneyTest extends BrowserTest {

    static final Locale SQ = Locale.forLanguageTag("sq");

    @Test
    void the_secretariat_keeps_work_plans_and_publishes_an_approved_annual_report() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        signInAs("secretariat");
        open("/monitoring/admin/strategies/1/work-plans");
        WebElement row = find(By.xpath("//tr[th/a[contains(., 'A1.1.2')]]"));
        String id = row.getDomAttribute("id").substring("activity-".length());
        select(By.id("year-" + id), "2021");
        submit(By.cssSelector("#activity-" + id + " button[type=submit]"));
        select(By.id("year-" + id), "2022");
        type(By.id("reason-" + id), "Buxheti u vonua " + word);
        submit(By.cssSelector("#activity-" + id + " button[type=submit]"));
        assertThat(find(By.id("activity-" + id)).getText()).contains("2022");

        open("/monitoring/strategies/1/work-plans/2022?lang=sr-Latn");
        assertThat(text(By.tagName("main"))).contains("A1.1.2").contains("Buxheti u vonua " + word)
                .contains(message("monitoring.workPlan.move.moved", Locale.forLanguageTag("sr-Latn"), 2021, 2022));

        open("/monitoring/admin/reports?lang=sq");
        select(By.id("strategyId"), "1");
        type(By.id("year"), "2021");
        type(By.id("introSq"), "Hyrja e sekretariatit " + word);
        type(By.id("introEn"), "Secretariat introduction " + word);
        submit(By.cssSelector("form[action$='/monitoring/admin/reports'] button[type=submit]"));
        assertThat(currentPath()).matches("/monitoring/admin/reports/\\d+");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('approvedOn').value = arguments[0];",
                LocalDate.now().minusDays(2).toString());
        type(By.id("reference"), "2026/" + word);
        submit(By.cssSelector("form[action$='/approval'] button[type=submit]"));
        submit(By.cssSelector("form[action$='/publish'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("monitoring.report.flash.published", SQ));
        assertThat(text(By.tagName("main"))).contains("Hyrja e sekretariatit " + word).contains("2026/" + word);

        driver().manage().deleteAllCookies();
        open("/monitoring/reports?lang=en");
        assertThat(text(By.tagName("main"))).contains("2026/" + word);

        open("/monitoring/obligations/" + jdbcLessIdOf("A1.1.1"));
        assertThat(findAll(By.cssSelector("figure.chart svg[role=img]"))).isNotEmpty();
    }

    /** The demo activity's page, found through the public tracker. */
    private String jdbcLessIdOf(String code) {
        open("/monitoring?strategy=1");
        String href = find(By.xpath("//tr[contains(., '" + code + "')]//a[contains(@href, '/monitoring/obligations/')]")).getDomAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }
}

package org.bashke.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reader opens the results dashboard in Albanian, picks a year, then the whole project period (a column per
 * year), then reads it in English; axe-core checks each page.
 */
class ResultsJourneyTest extends BrowserTest {

    @Test
    void a_reader_sees_the_four_results_with_charts_and_tables_in_albanian_and_english() {
        open("/results");
        assertThat(pageLanguage()).isEqualTo("sq");
        assertThat(text(By.cssSelector("h1"))).contains(message("reporting.results.title", Locale.forLanguageTag("sq"),
                "" + java.time.LocalDate.now().getYear()).substring(0, 10));
        assertThat(findAll(By.cssSelector("svg[role=img]"))).isNotEmpty();
        assertThat(text(By.id("result-R1"))).contains(message("reporting.figure.council.meetingsHeld", Locale.forLanguageTag("sq")));
        submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/results?year=" + java.time.LocalDate.now().getYear());

        select(By.id("year"), "all");
        submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/results?year=all");
        assertThat(text(By.id("years-R1"))).contains("" + java.time.LocalDate.now().getYear())
                .contains(message("reporting.measure.SUM", Locale.forLanguageTag("sq")));
        assertThat(text(By.id("years-R3"))).contains(message("reporting.measure.END_OF_PERIOD", Locale.forLanguageTag("sq")));

        open("/results?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.id("result-R4"))).contains(message("reporting.figure.portal.news", Locale.ENGLISH));
    }
}

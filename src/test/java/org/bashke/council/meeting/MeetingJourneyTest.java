package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.Council;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Council meeting from scheduling to public minutes: the secretariat schedules it and sends the invitations;
 * the co-chair (an officer of the Council) answers, takes the register and sees the quorum, records a decision,
 * holds the meeting, drafts and circulates the minutes, which are approved at the next meeting and published;
 * the public then reads them in Albanian, Serbian and English.
 */
class MeetingJourneyTest extends BrowserTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final Locale SQ = Locale.forLanguageTag("sq");

    @Autowired
    Council council;

    @Test
    void a_meeting_is_scheduled_attended_decided_minuted_and_published_in_three_languages() {
        String word = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long body = council.body("KQ").orElseThrow().id();

        signInAs("secretariat");
        long first = schedule(body, "Takimi " + word, "Sastanak " + word, "Meeting " + word, 2);
        type(By.id("titleSq"), "Raporti " + word);
        type(By.id("titleSr"), "Izveštaj " + word);
        type(By.id("titleEn"), "Report " + word);
        find(By.cssSelector("input[type=checkbox][name=decisionExpected]")).click();
        go(By.cssSelector("form[action$='/agenda'] button[type=submit]"));
        go(By.id("send-invitations"));
        assertThat(text(By.cssSelector("dl.summary .tag"))).isEqualTo(message("council-meeting.status.CONVENED", here()));

        driver().manage().deleteAllCookies();
        signInAs("council_member");
        open("/council/meetings/" + first + "/invitation");
        find(By.id("answer-ATTENDING")).click();
        go(By.cssSelector("form[action$='/invitation'] button[type=submit]"));
        assertThat(text(By.id("current-answer"))).contains(message("council-meeting.answer.ATTENDING", here()));

        // the co-chair runs the sitting
        open("/admin/council/meetings/" + first + "/attendance");
        for (WebElement seat : findAll(By.cssSelector("select[id^='seat-']"))) {
            new Select(seat).selectByValue("PRESENT");
        }
        // htmx swaps the quorum box on every change: it may be replaced while being read
        new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                text(By.cssSelector("#quorum strong")).equals(message("council-meeting.quorum.reached", here())));
        accessibilityCheck();
        go(By.id("save-attendance"));
        assertThat(text(By.cssSelector("#quorum strong"))).isEqualTo(message("council-meeting.quorum.reached", here()));

        open("/admin/council/meetings/" + first);
        go(By.cssSelector("a[href*='/decisions/new']"));
        type(By.id("textSq"), "Vendimi " + word);
        type(By.id("textSr"), "Odluka " + word);
        type(By.id("textEn"), "Decision " + word);
        go(By.id("adopt"));
        go(By.id("hold"));
        go(By.id("minutes-link"));
        type(By.id("textSq"), "Procesverbali " + word);
        type(By.id("textSr"), "Zapisnik " + word);
        type(By.id("textEn"), "Minutes " + word);
        go(By.id("save-minutes"));
        go(By.id("circulate"));

        // the next meeting: convened, and the minutes approved there
        long second = schedule(body, "Takimi pasues " + word, "Sledeći sastanak " + word, "Next meeting " + word, 1);
        go(By.id("send-invitations"));
        open("/admin/council/meetings/" + first + "/minutes");
        select(By.id("atMeeting"), String.valueOf(second));
        go(By.id("approve"));
        go(By.id("publish"));
        assertThat(text(By.id("minutes-status"))).contains(message("council-meeting.minutes.status.PUBLISHED", here()));

        driver().manage().deleteAllCookies();
        open("/council/meetings/" + first + "?lang=sq");
        assertThat(text(By.cssSelector(".minutes-text"))).contains("Procesverbali " + word);
                assertThat(find(By.tagName("main")).getText()).contains("Vendimi " + word).contains(message("council-meeting.quorum.reached", here()));
        open("/council/meetings/" + first + "?lang=en");
        assertThat(text(By.cssSelector(".minutes-text"))).contains("Minutes " + word);
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Meeting " + word);
        open("/council/meetings/" + first + "?lang=sr-Latn");
        assertThat(text(By.cssSelector(".minutes-text"))).contains("Zapisnik " + word);
        open("/council/meetings/" + second + "?lang=en");
        assertThat(find(By.tagName("main")).getText()).contains("Meeting " + word);
        open("/council/decisions?lang=en");
        assertThat(find(By.tagName("main")).getText()).contains("Decision " + word);
    }

    /** Fills the scheduling form for a meeting that began {@code hoursAgo} hours ago; returns its id. */
    long schedule(long body, String sq, String sr, String en, int hoursAgo) {
        open("/admin/council/meetings/new?body=" + body);
        type(By.id("titleSq"), sq);
        type(By.id("titleSr"), sr);
        type(By.id("titleEn"), en);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).minusHours(hoursAgo).truncatedTo(ChronoUnit.MINUTES);
        setValue(By.id("startsAt"), INPUT.format(start));
        setValue(By.id("endsAt"), INPUT.format(start.plusHours(4)));
        type(By.id("place"), "Prishtinë");
        go(By.cssSelector("form[action$='/admin/council/meetings'] button[type=submit]"));
        return Long.parseLong(currentPath().replaceAll("^/admin/council/meetings/(\\d+).*$", "$1"));
    }

    /** The language the page is shown in (a member sees the site in the language of their account). */
    Locale here() {
        return Locale.forLanguageTag(pageLanguage());
    }

    /** Submits or follows {@code element} and waits until the next page has replaced this one, then checks it. */
    void go(By element) {
        WebElement old = find(By.tagName("html"));
        WebElement target = find(element);
        if ("form".equals(target.getTagName())) {
            target.submit();
        } else {
            target.click();
        }
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or Chromium's "node does not belong to the document": either way the page was left
                return true;
            }
        });
        afterPageLoad();
    }

    /** A datetime-local field takes keystrokes in the browser's locale format; its value is set directly instead. */
    void setValue(By field, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(field), value);
    }
}

package org.bashke.council.voice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.bashke.support.BrowserTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The CSO voice around one Council meeting: the CSO co-chair opens a call for input, two CSOs answer it
 * (one with a file), the co-chair closes it and publishes the CSO position; after the meeting the report-back
 * is published and reaches both contributors by e-mail in their own language. axe-core checks every page.
 */
class CallsForInputJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Autowired ApplicationContext context;

    @Test
    void a_call_gets_input_from_two_csos_a_position_is_published_and_the_report_back_notifies_the_contributors() throws Exception {
        VoiceFixtures fixtures = VoiceFixtures.of(context);
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(9);
        VoiceFixtures.Rep english = fixtures.representative("Instituti për Politika Publike", "en");
        String title = VoiceFixtures.unique("Thirrje për planin e veprimit");
        long firstItem = meeting.items().get(0).id();

        // the Council's CSO co-chair opens the call
        signInAs("council_member");
        open("/admin/council/calls");
        select(By.id("meeting"), String.valueOf(meeting.id()));
        submit(By.cssSelector("form[action$='/admin/council/calls/new'] button[type=submit]"));
        click(By.id("item-" + firstItem));
        type(By.id("titleSq"), title);
        type(By.id("descriptionSq"), "Dërgoni komentet tuaja për planin e veprimit deri në afat.");
        String deadline = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(4).toString();
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(By.id("deadlineDate")), deadline);
        submit(By.cssSelector("form[action$='/admin/council/calls'] button[type=submit]"));
        String callPath = currentPath();
        assertThat(callPath).matches("/admin/council/calls/\\d+");
        long callId = Long.parseLong(callPath.substring(callPath.lastIndexOf('/') + 1));
        long callItem = VoiceFixtures.asSecretariat(() -> context.getBean(CallForInputRepository.class).findById(callId).orElseThrow()
                .getItems().get(0).getId());

        // the first CSO (the demo representative) answers with a file
        driver().manage().deleteAllCookies();
        signInAs("cso_representative");
        open("/council/calls");
        click(By.cssSelector("a[href='/council/calls/" + callId + "']"));
        type(By.id("body"), "Masa 2.1 ka nevojë për një afat më realist.");
        Path file = Files.createTempFile("komente", ".txt");
        Files.writeString(file, "Komente të detajuara për masën 2.1", StandardCharsets.UTF_8);
        find(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        submit(By.cssSelector("form[action$='/inputs'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council-voice.input.flash.sent", ALBANIAN));

        // the second CSO answers in English
        driver().manage().deleteAllCookies();
        signIn(english.email(), VoiceFixtures.PASSWORD);
        open("/council/calls/" + callId);
        type(By.id("body"), "Measure 2.1 also needs a budget line.");
        submit(By.cssSelector("form[action$='/inputs'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("council-voice.input.flash.sent", Locale.ENGLISH));

        // the co-chair closes the call and publishes the position, drawing on both inputs
        driver().manage().deleteAllCookies();
        signInAs("council_member");
        open("/admin/council/calls/" + callId);
        submit(By.cssSelector("form[action$='/close'] button[type=submit]"));
        click(By.id("position-link-" + callItem));
        for (var box : findAll(By.cssSelector("input[name=drawnOn][type=checkbox]"))) {
            box.click();
        }
        type(By.id("textSq"), "OSHC-të kërkojnë afat më realist dhe linjë buxhetore për masën 2.1.");
        submit(By.id("publish"));
        assertThat(findAll(By.cssSelector("#item-" + callItem + " .article-body"))).isNotEmpty();

        // the public reads the position before the meeting
        driver().manage().deleteAllCookies();
        open("/council/calls/" + callId);
        assertThat(text(By.id("item-" + callItem))).contains("linjë buxhetore për masën 2.1")
                .contains("Masa 2.1 ka nevojë");

        // the meeting takes place; the co-chair reports back
        fixtures.holdWithDecision(meeting);
        TestMailServer.purge();
        signInAs("council_member");
        open("/admin/council/calls/" + callId);
        click(By.id("report-link"));
        select(By.id("outcome-" + callItem), "PARTLY_ADOPTED");
        type(By.id("fared-sq-" + callItem), "Afati u zgjat; linja buxhetore mbetet për vitin tjetër.");
        submit(By.id("publish"));

        MimeMessage toDemo = TestMailServer.awaitMailTo("oshc@bashke.demo").get(0);
        assertThat(toDemo.getSubject()).isEqualTo(message("mail.council-voice.report-back.subject", ALBANIAN, title));
        MimeMessage toEnglish = TestMailServer.awaitMailTo(english.email()).get(0);
        assertThat(toEnglish.getSubject()).isEqualTo(message("mail.council-voice.report-back.subject", Locale.ENGLISH, title));
        assertThat(CallsForInputIntegrationTest.text(toEnglish))
                .contains(message("council-voice.outcome.PARTLY_ADOPTED", Locale.ENGLISH));

        driver().manage().deleteAllCookies();
        open("/council/calls/" + callId);
        assertThat(text(By.id("report"))).isNotEmpty();
        assertThat(text(By.id("item-" + callItem))).contains(message("council-voice.outcome.PARTLY_ADOPTED", ALBANIAN))
                .contains("Afati u zgjat");
    }
}

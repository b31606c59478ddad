package org.bashke.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.bashke.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A member reads the demo consultation, comments on one of its articles, and the institution's officer
 * answers the comment from the management page; axe-core checks every page on the way.
 */
class ConsultationJourneyTest extends BrowserTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Test
    void a_member_comments_on_an_article_of_the_open_demo_consultation_and_the_officer_answers_it() {
        String text = "Propozoj afat më të gjatë " + UUID.randomUUID().toString().substring(0, 8);
        signInAs("member");
        open("/consultations?stage=WRITTEN");
        click(By.cssSelector("a[href='/consultations/1']"));
        // the link under the third article preselects it in the comment form
        WebElement article = findAll(By.cssSelector("article[id^='article-']")).get(2);
        String articleId = article.getAttribute("id").substring("article-".length());
        click(By.cssSelector("a[href^='/consultations/1?article=" + articleId + "']"));
        assertThat(find(By.cssSelector("#articleId option[value='" + articleId + "']")).isSelected()).isTrue();
        type(By.id("body"), text);
        submit(By.cssSelector("form[action$='/comments'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("consultation.comment.flash.sent", Locale.ENGLISH)); // the demo member reads English
        WebElement comment = find(By.xpath("//article[@id='article-" + articleId + "']//li[contains(@class,'comment')][.//p[contains(., '" + text + "')]]"));
        String commentId = comment.getAttribute("id").substring("comment-".length());

        driver().manage().deleteAllCookies();
        signInAs("government_officer");
        open("/consultations/manage/1");
        select(By.id("outcome-" + commentId), "PARTLY_ACCEPTED");
        type(By.id("reason-" + commentId), "Afati mbetet 15 ditë pune, por publikimi do të njoftohet më herët.");
        submit(By.cssSelector("form[action$='/comments/" + commentId + "/answer'] button[type=submit]"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo(message("consultation.manage.flash.answered", ALBANIAN));

        open("/consultations/1");
        assertThat(text(By.id("comment-" + commentId))).contains(message("consultation.outcome.PARTLY_ACCEPTED", ALBANIAN));
        open("/consultations/manage/plans");
        open("/consultations/manage/new");
        open("/consultations/2/report");
        open("/consultations/2/changes");
        open("/consultations/compliance");
    }
}

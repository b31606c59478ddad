package org.bashke.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleContent;
import org.bashke.portal.content.ArticleKind;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.EditorialWorkflow;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class EditorialWorkflowTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Article draft() {
        LocalizedText t = LocalizedText.of(Language.SQ, "Titull", null, null);
        return new Article(ArticleKind.NEWS, null, null, new ArticleContent(t, t, t, Set.of()), "editor", NOW);
    }

    @Test
    void a_draft_cannot_be_published_without_review() {
        Article a = draft();
        assertThatThrownBy(() -> a.publish("editor", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void reviewed_content_is_published_with_its_date() {
        Article a = draft();
        a.submit("editor", NOW);
        a.publish("reviewer", NOW);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void a_schedule_must_be_in_the_future() {
        assertThat(EditorialWorkflow.maySchedule(ArticleStatus.IN_REVIEW, NOW.minusSeconds(1), NOW)).isFalse();
        assertThat(EditorialWorkflow.maySchedule(ArticleStatus.IN_REVIEW, NOW.plusSeconds(60), NOW)).isTrue();
        assertThat(EditorialWorkflow.maySchedule(ArticleStatus.DRAFT, NOW.plusSeconds(60), NOW)).isFalse();
    }

    @Test
    void unpublishing_needs_a_reason_and_sends_the_item_back_through_review() {
        Article a = draft();
        a.submit("editor", NOW);
        a.publish("editor", NOW);
        assertThatThrownBy(() -> a.unpublish(" ", "editor", NOW)).isInstanceOf(IllegalStateException.class);
        a.unpublish("Gabim në datë", "editor", NOW);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(a.getUnpublishReason()).isEqualTo("Gabim në datë");
        assertThatThrownBy(() -> a.publish("editor", NOW)).isInstanceOf(IllegalStateException.class);
        a.submit("editor", NOW);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void only_scheduled_items_whose_time_has_come_are_due() {
        assertThat(EditorialWorkflow.isDue(ArticleStatus.SCHEDULED, NOW, NOW)).isTrue();
        assertThat(EditorialWorkflow.isDue(ArticleStatus.SCHEDULED, NOW.plus(Duration.ofMinutes(1)), NOW)).isFalse();
        assertThat(EditorialWorkflow.isDue(ArticleStatus.PUBLISHED, NOW.minusSeconds(5), NOW)).isFalse();
    }
}

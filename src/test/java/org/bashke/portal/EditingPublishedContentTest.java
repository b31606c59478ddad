package org.bashke.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.EditorialWorkflow;
import org.junit.jupiter.api.Test;

class EditingPublishedContentTest {

    @Test
    void a_hub_coordinators_edit_of_published_content_goes_back_to_review() {
        assertThat(EditorialWorkflow.statusAfterEdit(ArticleStatus.PUBLISHED, false)).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void an_edit_of_scheduled_content_goes_back_to_review_too() {
        assertThat(EditorialWorkflow.statusAfterEdit(ArticleStatus.SCHEDULED, false)).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void the_secretariats_edit_of_published_content_stands() {
        assertThat(EditorialWorkflow.statusAfterEdit(ArticleStatus.PUBLISHED, true)).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void editing_a_draft_keeps_it_a_draft() {
        assertThat(EditorialWorkflow.statusAfterEdit(ArticleStatus.DRAFT, false)).isEqualTo(ArticleStatus.DRAFT);
        assertThat(EditorialWorkflow.statusAfterEdit(ArticleStatus.UNPUBLISHED, false)).isEqualTo(ArticleStatus.UNPUBLISHED);
    }
}

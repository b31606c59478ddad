package org.bashke.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {

    record A(String heading, String body) implements ArticleDiff.Side {
    }

    @Test
    void articles_are_paired_by_number_across_languages_and_each_gets_its_change() {
        List<ArticleDiff.Pair<A>> pairs = ArticleDiff.compare(
                List.of(new A("", "Hyrje"), new A("Neni 1", "Qëllimi."), new A("Neni 2", "Afati 15 ditë."), new A("Neni 3", "Fshihet.")),
                List.of(new A("", "Hyrje"), new A("Član 1", "Qëllimi."), new A("Neni 2", "Afati 20 ditë pune."), new A("Neni 4", "I ri.")));
        assertThat(pairs).extracting(ArticleDiff.Pair::key).containsExactly("preamble", "n1", "n2", "n3", "n4");
        assertThat(pairs).extracting(ArticleDiff.Pair::change).containsExactly(ArticleDiff.Change.UNCHANGED,
                ArticleDiff.Change.UNCHANGED, ArticleDiff.Change.CHANGED, ArticleDiff.Change.REMOVED, ArticleDiff.Change.ADDED);
    }

    @Test
    void the_changed_words_are_marked_removed_and_added_and_the_rest_kept() {
        assertThat(ArticleDiff.words("Afati është 15 ditë pune", "Afati është 20 ditë pune, me njoftim")).containsExactly(
                new ArticleDiff.Segment(ArticleDiff.Kind.SAME, "Afati është"),
                new ArticleDiff.Segment(ArticleDiff.Kind.REMOVED, "15"),
                new ArticleDiff.Segment(ArticleDiff.Kind.ADDED, "20"),
                new ArticleDiff.Segment(ArticleDiff.Kind.SAME, "ditë"),
                new ArticleDiff.Segment(ArticleDiff.Kind.REMOVED, "pune"),
                new ArticleDiff.Segment(ArticleDiff.Kind.ADDED, "pune, me njoftim"));
        assertThat(ArticleDiff.words("", "I ri.")).containsExactly(new ArticleDiff.Segment(ArticleDiff.Kind.ADDED, "I ri."));
    }
}

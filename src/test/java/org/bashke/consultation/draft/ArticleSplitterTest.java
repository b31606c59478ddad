package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

    @Test
    void a_draft_is_split_at_every_line_starting_with_neni_clan_article_or_a_heading() {
        List<ArticleSplitter.Section> sections = ArticleSplitter.split("""
                Ligji për konsultimin
                Preambula e shkurtër.
                Neni 1
                Qëllimi i ligjit.
                Član 2
                Svrha zakona.
                Article 3 – Scope
                Scope text.
                ## Dispozitat kalimtare
                Kalimtare.
                """);
        assertThat(sections).extracting(ArticleSplitter.Section::heading)
                .containsExactly("", "Neni 1", "Član 2", "Article 3 – Scope", "Dispozitat kalimtare");
        assertThat(sections.get(0).body()).isEqualTo("Ligji për konsultimin\nPreambula e shkurtër.");
        assertThat(sections.get(1).body()).isEqualTo("Qëllimi i ligjit.");
        assertThat(sections.get(4).body()).isEqualTo("Kalimtare.");
    }

    @Test
    void a_word_like_neni_inside_a_sentence_or_without_a_number_does_not_start_an_article() {
        List<ArticleSplitter.Section> sections = ArticleSplitter.split("""
                Neni 1
                Sipas nenit 4, neni 5 zbatohet.
                Neni i fundit pa numër.
                #hashtag pa hapësirë
                """);
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).body()).contains("neni 5", "Neni i fundit", "#hashtag");
    }

    @Test
    void serbian_in_cyrillic_and_latin_without_diacritics_is_recognised() {
        assertThat(ArticleSplitter.startsArticle("Члан 12")).isTrue();
        assertThat(ArticleSplitter.startsArticle("Clan 12")).isTrue();
        assertThat(ArticleSplitter.startsArticle("  NENI 3")).isTrue();
    }

    @Test
    void an_empty_text_gives_no_articles_and_windows_line_ends_are_handled() {
        assertThat(ArticleSplitter.split("  ")).isEmpty();
        assertThat(ArticleSplitter.split("Neni 1\r\nA\r\nNeni 2\r\nB")).extracting(ArticleSplitter.Section::body)
                .containsExactly("A", "B");
    }
}

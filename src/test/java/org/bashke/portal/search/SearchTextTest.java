package org.bashke.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void albanian_and_serbian_letters_fold_to_plain_latin() {
        assertThat(SearchText.fold("Prishtinë Çarshia Đakovica Žužak")).isEqualTo("prishtine carshia dakovica zuzak");
    }

    @Test
    void serbian_cyrillic_folds_to_the_same_words_as_latin() {
        assertThat(SearchText.fold("Приштина Шар Ђаковица")).isEqualTo(SearchText.fold("Priština Šar Đakovica"));
    }

    @Test
    void query_operators_never_reach_the_tsquery() {
        assertThat(SearchText.words("a & b | !c :* (d)")).containsExactly("a", "b", "c", "d");
        assertThat(SearchText.prefixQuery(SearchText.words("konsult Prishtinë"))).isEqualTo("konsult:* & prishtine:*");
        // a word of one or two letters is not a prefix: "të" would otherwise be every word beginning with "te"
        assertThat(SearchText.prefixQuery(SearchText.words("zbatimit të strategjisë"))).isEqualTo("zbatimit:* & te & strategjise:*");
    }

    @Test
    void highlighting_escapes_the_text_and_keeps_only_our_marks() {
        assertThat(PortalSearch.highlighted("<b>x</b> " + SearchIndex.START + "word" + SearchIndex.STOP))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; <mark>word</mark>");
    }
}

package org.bashke.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void a_reader_gets_their_language_and_serbian_in_their_script() {
        LocalizedText council = LocalizedText.of(Language.SQ, "Këshilli", "Savet", "Council");
        assertThat(council.display(Locale.forLanguageTag("sq"))).isEqualTo("Këshilli");
        assertThat(council.display(Locale.forLanguageTag("sr-Cyrl"))).isEqualTo("Савет");
        assertThat(council.display(Locale.forLanguageTag("en"))).isEqualTo("Council");
        assertThat(council.status(Language.SQ)).isEqualTo(TranslationStatus.AUTHORITATIVE);
        assertThat(council.status(Language.EN)).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void a_missing_language_falls_back_to_the_authoritative_version_and_says_so() {
        LocalizedText text = LocalizedText.of(Language.SR, null, "Opština", null);
        assertThat(text.display(Locale.forLanguageTag("en"))).isEqualTo("Opština");
        assertThat(text.isFallback(Locale.forLanguageTag("en"))).isTrue();
        assertThat(text.status(Language.EN)).isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void serbian_typed_in_cyrillic_is_kept_in_latin() {
        LocalizedText text = LocalizedText.of(Language.SR, "Prishtinë", "Приштина", "Pristina");
        assertThat(text.get(Language.SR)).isEqualTo("Priština");
    }
}

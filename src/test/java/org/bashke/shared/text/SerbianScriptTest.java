package org.bashke.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SerbianScriptTest {

    @Test
    void latin_becomes_cyrillic_with_the_three_digraphs_as_single_letters() {
        assertThat(SerbianScript.toCyrillic("Priština, Ljubljana, njiva, džep, Đakovica"))
                .isEqualTo("Приштина, Љубљана, њива, џеп, Ђаковица");
        assertThat(SerbianScript.toCyrillic("LJUDI NJEGOVI")).isEqualTo("ЉУДИ ЊЕГОВИ");
    }

    @Test
    void cyrillic_becomes_latin_and_back_unchanged() {
        String latin = "Opština Gnjilane i Kosovska Mitrovica, Uroševac, Đeneral Janković";
        assertThat(SerbianScript.toLatin(SerbianScript.toCyrillic(latin))).isEqualTo(latin);
        assertThat(SerbianScript.toLatin("ЉУБИША Љубиша")).isEqualTo("LJUBIŠA Ljubiša");
    }

    @Test
    void placeholders_addresses_and_links_are_left_alone() {
        assertThat(SerbianScript.toCyrillic("Poslato na {0} za {name}")).isEqualTo("Послато на {0} за {name}");
        assertThat(SerbianScript.toCyrillic("Pišite na info@civikos.net ili https://civikos.net/sr"))
                .isEqualTo("Пишите на info@civikos.net или https://civikos.net/sr");
    }

    @Test
    void only_serbian_cyrillic_locales_are_transliterated_for_display() {
        assertThat(SerbianScript.forDisplay("Savet", Locale.forLanguageTag("sr-Cyrl"))).isEqualTo("Савет");
        assertThat(SerbianScript.forDisplay("Savet", Locale.forLanguageTag("sr-Latn"))).isEqualTo("Savet");
        assertThat(SerbianScript.forDisplay("Savet", Locale.forLanguageTag("sq"))).isEqualTo("Savet");
    }
}

package org.bashke.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScriptAwareMessageSourceTest {

    private final ScriptAwareMessageSource source = new ScriptAwareMessageSource();

    ScriptAwareMessageSourceTest() {
        source.setBasenames("classpath:i18n/platform", "classpath:i18n-test/choice");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Languages.ALBANIAN);
    }

    @Test
    void serbian_cyrillic_readers_get_interface_text_transliterated() {
        assertThat(source.getMessage("nav.home", null, Languages.SERBIAN_CYRILLIC)).isEqualTo("Почетна");
        assertThat(source.getMessage("nav.home", null, Languages.SERBIAN_LATIN)).isEqualTo("Početna");
        assertThat(source.getMessage("nav.home", null, Locale.forLanguageTag("en"))).isEqualTo("Home");
    }

    @Test
    void the_words_of_a_choice_are_transliterated_and_the_arguments_are_not() {
        assertThat(source.getMessage("test.count", new Object[] {3, "Peć"}, Languages.SERBIAN_CYRILLIC))
                .isEqualTo("Пронађено 3 организација у Peć");
        assertThat(source.getMessage("test.count", new Object[] {1, "Peć"}, Languages.SERBIAN_CYRILLIC))
                .isEqualTo("Пронађено једна организација у Peć");
        assertThat(source.getMessage("test.count", new Object[] {1, "Peć"}, Languages.SERBIAN_LATIN))
                .isEqualTo("Pronađeno jedna organizacija u Peć");
    }

    @Test
    void the_brand_and_the_names_of_languages_are_never_transliterated() {
        assertThat(source.getMessage("verbatim.brand", null, Languages.SERBIAN_CYRILLIC)).isEqualTo("Bashkë");
        assertThat(source.getMessage("verbatim.language.sq", null, Languages.SERBIAN_CYRILLIC)).isEqualTo("Shqip");
    }
}

package org.bashke.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The interface languages a reader can choose, in the order the switcher shows them. */
public final class Languages {

    public static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    public static final Locale SERBIAN_LATIN = Locale.forLanguageTag("sr-Latn");
    public static final Locale SERBIAN_CYRILLIC = Locale.forLanguageTag("sr-Cyrl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    /** The cookie that keeps a reader's choice of language. */
    public static final String COOKIE = "bashke_lang";

    public static final List<Locale> SUPPORTED = List.of(ALBANIAN, SERBIAN_LATIN, SERBIAN_CYRILLIC, ENGLISH);

    private Languages() {
    }

    /** One of the supported locales for a tag, or Albanian when the tag is not one of ours. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return ALBANIAN;
        }
        Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
        if ("sr".equals(asked.getLanguage())) {
            return "Cyrl".equals(asked.getScript()) ? SERBIAN_CYRILLIC : SERBIAN_LATIN;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst().orElse(ALBANIAN);
    }

    public static boolean isSupportedTag(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equalsIgnoreCase(tag));
    }
}

package org.bashke.shared.text;

import java.util.Locale;

/** The languages content is kept in. The interface speaks the same three. */
public enum Language {
    SQ, SR, EN;

    public static final Language DEFAULT = SQ;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return switch (locale.getLanguage()) {
            case "sr" -> SR;
            case "en" -> EN;
            default -> SQ;
        };
    }
}
